import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originOf, scanTab } from '@/lib/scan/scan-tab';
import { loadSettings, saveSettings } from '@/lib/settings/storage';
import { MARKUP_SITE_IDS } from '@/lib/sites/markup-ids';

/** How long a scanned page gets to report its items before the panel says it found none. */
const REPORT_WAIT_MS = 4000;

/**
 * A tab with nothing found yet: read it now with the access the toolbar click (or the
 * "Find comments on this page" menu) gave for this tab (`activeTab`), using the blog and
 * generic adapters. The list replaces this as soon as the page reports its items.
 */
export function ScanThisPage({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState('Looking for comments and reviews on this page…');
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void scanTab(tabId).then((outcome) => {
      if (cancelled) return;
      if (!outcome.ok) return setStatus(outcome.message);
      timer = setTimeout(() => setStatus('Replybook read this page and found no comments or reviews it recognises.'), REPORT_WAIT_MS);
    });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [tabId]);
  return (
    <p className="status" role="status">
      {status}
    </p>
  );
}

/**
 * "Always scan this site": for a page read through the one-time grant (blog or generic
 * adapter on a site not added yet), ask for this one site's access and keep it in Settings.
 */
export function AlwaysScanSite({ siteId, pageUrl }: { siteId: string; pageUrl: string }) {
  const origin = MARKUP_SITE_IDS.includes(siteId) ? originOf(pageUrl) : undefined;
  const [added, setAdded] = useState<boolean | undefined>();
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!origin) return;
    void loadSettings().then((settings) => setAdded(settings.extraSites.includes(origin)));
  }, [origin]);
  if (!origin || added === undefined) return null;
  if (added)
    return message ? (
      <p className="status" role="status">
        {message}
      </p>
    ) : null;

  const always = () => {
    // Asked straight from the click (the user's gesture), for this one site only.
    void browser.permissions.request({ origins: [`${origin}/*`] }).then(
      async (granted) => {
        if (!granted) return setMessage(`Access to ${origin} was not granted; this page was read once only.`);
        const current = await loadSettings();
        const saved = await saveSettings({ ...current, extraSites: [...new Set([...current.extraSites, origin])] });
        setAdded(saved.ok);
        setMessage(saved.ok ? `Replybook will read ${origin} whenever you open it.` : 'Could not save the site; add it in Settings.');
      },
      (error: unknown) => setMessage(`Could not ask for access: ${(error as Error).message}`),
    );
  };
  return (
    <p className="always-scan">
      <button type="button" onClick={always}>
        Always scan this site
      </button>{' '}
      {message ? <span role="status">{message}</span> : <span className="muted">Read once; {origin} is not in your sites yet.</span>}
    </p>
  );
}
