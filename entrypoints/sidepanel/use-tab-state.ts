import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseTabState, tabStateKey, type TabState } from '@/lib/tab-state';

/** The tab the panel follows: `?tabId=` when given (tests, pop-out), else the active tab. */
export function useFollowedTabId(): number | undefined {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | undefined>(Number.isInteger(fixed) && fixed > 0 ? fixed : undefined);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    const pick = () => browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => setTabId(tab?.id));
    void pick();
    const onActivated = () => void pick();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed]);
  return tabId;
}

/** The items the background stored for a tab, kept live through storage.onChanged. */
export function useTabState(tabId: number | undefined): TabState | undefined {
  const [state, setState] = useState<TabState | undefined>();
  useEffect(() => {
    if (tabId === undefined) return setState(undefined);
    const key = tabStateKey(tabId);
    let live = true;
    void browser.storage.session.get(key).then((got) => live && setState(parseTabState(got[key])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setState(parseTabState(changes[key]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return state;
}
