import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { linkedin } from '@/lib/sites/linkedin';

export default defineContentScript({
  matches: [...linkedin.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, linkedin),
});
