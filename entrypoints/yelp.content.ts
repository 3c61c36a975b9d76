import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { yelp } from '@/lib/sites/yelp';

export default defineContentScript({
  matches: [...yelp.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, yelp),
});
