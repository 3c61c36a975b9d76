import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { trustpilot } from '@/lib/sites/trustpilot';

export default defineContentScript({
  matches: [...trustpilot.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, trustpilot),
});
