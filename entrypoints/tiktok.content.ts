import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { tiktok } from '@/lib/sites/tiktok';

export default defineContentScript({
  matches: [...tiktok.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, tiktok),
});
