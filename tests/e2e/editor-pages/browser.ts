// Chromium plus a CDP isolated world: the same world a content script runs in (shared DOM,
// separate JS globals), so page objects are out of reach exactly as in the extension.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../../chromium';
import { PAGE_ORIGIN, type PageName } from './build';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
}

/** A context that serves the test pages and refuses every other request. */
export async function newPagesContext(browser: Browser, pages: Record<PageName, string>): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: PAGE_ORIGIN });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const name = url.pathname.slice(1) as PageName;
    if (url.origin === PAGE_ORIGIN && name in pages) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages[name] });
    } else {
      await route.abort();
    }
  });
  return context;
}

export interface IsolatedWorld {
  /** Evaluates an expression in the isolated world; awaits promises; returns by value. */
  run<T = unknown>(expression: string): Promise<T>;
  session: CDPSession;
}

/** Creates an isolated world in the page's main frame and loads `__rbEditors` into it. */
export async function openIsolatedWorld(page: Page, editorsBundle: string): Promise<IsolatedWorld> {
  const session = await page.context().newCDPSession(page);
  const { frameTree } = await session.send('Page.getFrameTree');
  const { executionContextId } = await session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'replybook-content-script',
  });
  const run = async <T>(expression: string): Promise<T> => {
    const response = await session.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (response.exceptionDetails) {
      throw new Error(`isolated world: ${response.exceptionDetails.exception?.description ?? response.exceptionDetails.text}`);
    }
    return response.result.value as T;
  };
  await run(`${editorsBundle};void 0`);
  return { run, session };
}
