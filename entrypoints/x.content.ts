import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { x } from '@/lib/sites/x';

export default defineContentScript({
  matches: [...x.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, x),
});
