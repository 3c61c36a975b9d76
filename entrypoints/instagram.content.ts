import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { instagram } from '@/lib/sites/instagram';

export default defineContentScript({
  matches: [...instagram.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, instagram),
});
