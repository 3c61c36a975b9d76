import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { youtube } from '@/lib/sites/youtube';

export default defineContentScript({
  matches: [...youtube.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, youtube),
});
