import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardContext } from '@/lib/content/context-guard';
import { runSite } from '@/lib/content/run-site';
import { adapterForMarkup } from '@/lib/sites/markup';

// WordPress, Blogger, Disqus and schema.org pages live on any host: this script is not in the
// manifest; it is injected on demand (scripting.executeScript) into tabs the user grants.
export default defineContentScript({
  registration: 'runtime',
  // WXT would otherwise post a message naming the extension id to the page (see lib/content/context-guard.ts).
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    const adapter = adapterForMarkup(document);
    if (adapter) runSite(guardContext(ctx, 'blogs'), adapter);
  },
});
