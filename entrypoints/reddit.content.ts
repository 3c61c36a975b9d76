import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { reddit } from '@/lib/sites/reddit';

export default defineContentScript({
  matches: [...reddit.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, reddit),
});
