import { browser, type PublicPath } from 'wxt/browser';
import { hrefFor } from '@/entrypoints/dashboard/components/use-hash-route';
import { WelcomePage as WelcomeForm } from '@/components/settings/WelcomePage';
import { DEFAULT_SITE_OPTIONS } from '@/components/settings/sites';
import { openPanelForTab } from '@/entrypoints/background/panel';
import { firstRunGuideItem } from '@/lib/settings/first-run';

/**
 * After the form: the demo page in front, the side panel open beside it on one item with
 * the three-step guide. Runs from the Save click, so the browser still counts it as the
 * user's action and lets the panel open; if it does not, the demo page says where it is.
 */
export async function startOnDemo(): Promise<void> {
  await firstRunGuideItem.setValue(true);
  const tab = await browser.tabs.create({ url: browser.runtime.getURL('/demo.html' as PublicPath), active: true });
  if (tab.id === undefined) return;
  try {
    await openPanelForTab(tab.id, tab.windowId);
  } catch (error) {
    console.warn('[replybook] the side panel did not open after the welcome page', error);
  }
}

/** First run: what replies need (brand, name, signature, contacts) and which sites to turn on. */
export function WelcomePage() {
  return (
    <WelcomeForm
      sites={DEFAULT_SITE_OPTIONS}
      onDone={() => {
        // This tab moves on to the log (its empty state says how it fills); the demo tab takes the front.
        location.hash = hrefFor('log');
        void startOnDemo();
      }}
    />
  );
}
