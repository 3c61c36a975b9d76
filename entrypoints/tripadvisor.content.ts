import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { tripadvisor } from '@/lib/sites/tripadvisor';

export default defineContentScript({
  matches: [...tripadvisor.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, tripadvisor),
});
