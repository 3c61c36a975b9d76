import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { facebook } from '@/lib/sites/facebook';

export default defineContentScript({
  matches: [...facebook.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, facebook),
});
