import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardContext } from '@/lib/content/context-guard';
import { runSite } from '@/lib/content/run-site';
import { instagram } from '@/lib/sites/instagram';

export default defineContentScript({
  matches: [...instagram.matches],
  // At the end of parsing, not at idle: the page is read and reported that much sooner; what the
  // site renders later, the tracker's observer sees.
  runAt: 'document_end',
  // WXT would otherwise post a message naming the extension id to the page (see lib/content/context-guard.ts).
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(guardContext(ctx, 'instagram'), instagram),
});
