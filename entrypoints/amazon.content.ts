import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { amazon } from '@/lib/sites/amazon';

export default defineContentScript({
  matches: [...amazon.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, amazon),
});
