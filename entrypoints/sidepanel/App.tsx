import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Tone } from '@/lib/classifier/labels';
import { ErrorBoundary } from '@/components/display/ErrorBoundary';
import { SafeName } from '@/components/display/SafeText';
import { formatCount } from '@/lib/display/format';
import { countByTone, orderForAnswering } from '@/lib/panel/order';
import { getDb } from '@/lib/storage/db';
import { HOST_SITES, MARKUP_SITES } from '@/lib/sites';
import { FirstRunGuide, useFirstRunGuide } from './FirstRunGuide';
import { loadDraftClassifier } from './item/draft-classifier';
import { ItemDetail } from './ItemDetail';
import { ItemList } from './ItemList';
import { AlwaysScanSite, ScanThisPage } from './ScanThisPage';
import { Shortcuts } from './Shortcuts';
import { usePanelStore } from './store';
import { useFollowedTabId, useTabState } from './use-tab-state';
import { usePanelKeys } from './use-panel-keys';

const TONES: Tone[] = ['negative', 'neutral', 'positive'];

export function App() {
  const tabId = useFollowedTabId();
  const state = useTabState(tabId);
  const items = state?.items ?? [];
  const idsKey = items.map((i) => i.id).join('\u0000');
  const db = getDb();

  // Earlier replies on this page, for the suggestions (not to use one twice) and the item's history.
  const responses =
    useLiveQuery(
      () =>
        items.length
          ? db.responses
              .where('itemId')
              .anyOf(items.map((i) => i.id))
              .toArray()
          : [],
      [idsKey],
    ) ?? [];

  // Each item's tone and handled state come with it, derived by the background (lib/panel/status.ts).
  const handledCount = useMemo(() => items.filter((item) => item.handled).length, [items]);
  const toneFilter = usePanelStore((s) => s.toneFilter);
  const setToneFilter = usePanelStore((s) => s.setToneFilter);
  const showHandled = usePanelStore((s) => s.showHandled);
  const setShowHandled = usePanelStore((s) => s.setShowHandled);
  const selectedId = usePanelStore((s) => s.selectedId);
  const select = usePanelStore((s) => s.select);

  const ordered = useMemo(() => orderForAnswering(items), [items]);
  const visible = useMemo(
    () => ordered.filter((item) => (!toneFilter || item.labels.tone === toneFilter) && (showHandled || !item.handled)),
    [ordered, toneFilter, showHandled],
  );
  const counts = useMemo(() => countByTone(items), [items]);

  // The draft check's classifier loads once the list is up and the panel is idle.
  const listShown = state !== undefined;
  useEffect(() => {
    if (!listShown || typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => void loadDraftClassifier(), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [listShown]);

  // A badge click on the page selects that item here.
  useEffect(() => {
    if (state?.selectedItemId) select(state.selectedItemId);
  }, [state?.selectedItemId, state?.updatedAt, select]);

  const selected = items.find((i) => i.id === selectedId);
  usePanelKeys(visible, tabId, state?.pageUrl);

  // Back to the list (Esc or "All items"): focus returns to the row that was open.
  const [returnFocusTo, setReturnFocusTo] = useReturnFocus(selectedId);

  // First run: the welcome page opened the demo with the guide on; open one item for the user.
  const guide = useFirstRunGuide();
  const guideOnDemo = guide.shown && state?.siteId === 'demo';
  const firstVisibleId = visible[0]?.id;
  useEffect(() => {
    if (guideOnDemo && !usePanelStore.getState().selectedId && firstVisibleId) select(firstVisibleId);
    // Only when the guide first meets the demo's list, not after each back to the list.
  }, [guideOnDemo, firstVisibleId !== undefined]);

  if (tabId === undefined || !state) {
    return (
      <main className="panel empty">
        <h1>Replybook</h1>
        <p>No comments or reviews found on this tab yet.</p>
        {tabId !== undefined ? <ScanThisPage tabId={tabId} /> : null}
        <p>
          Open your brand's page on a supported site ({HOST_SITES.map((site) => site.name).join(', ')}, or a{' '}
          {new Intl.ListFormat('en', { type: 'disjunction' }).format(MARKUP_SITES.map((site) => site.name))} comment section), or try the{' '}
          <a href="/demo.html" target="_blank" rel="noreferrer">
            demo page
          </a>
          .
        </p>
      </main>
    );
  }

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>
          <SafeName text={state.siteName} />
        </h1>
        <p className="muted">
          {formatCount(items.filter((i) => !i.isOwnerReply).length)} items · {formatCount(handledCount)} handled
        </p>
        <AlwaysScanSite siteId={state.siteId} pageUrl={state.pageUrl} />
        <div className="chips" role="group" aria-label="Filter by tone">
          <button type="button" aria-pressed={!toneFilter} onClick={() => setToneFilter(undefined)}>
            All
          </button>
          {TONES.map((tone) => (
            <button
              key={tone}
              type="button"
              className={`chip tone-${tone}`}
              aria-pressed={toneFilter === tone}
              onClick={() => setToneFilter(toneFilter === tone ? undefined : tone)}
            >
              {tone} {counts[tone]}
            </button>
          ))}
          <label className="toggle">
            <input type="checkbox" checked={showHandled} onChange={(e) => setShowHandled(e.target.checked)} /> show handled
          </label>
        </div>
      </header>

      {state.itemsDropped ? (
        <p className="notice" role="status">
          Too many items on this page: showing the newest {formatCount(items.length)} of {formatCount(items.length + state.itemsDropped)}.
          Older ones are left out so other tabs keep working.
        </p>
      ) : null}

      {state.diagnostics?.suspectOutdated && items.length === 0 ? (
        <section className="notice" role="alert">
          <h2>This site's adapter may be out of date</h2>
          <p>
            The page looks like it has comments or reviews, but Replybook found none. {state.siteName} may have changed its markup. These
            selectors matched nothing:
          </p>
          <ul>
            {state.diagnostics.failedSelectors.map((s) => (
              <li key={s}>
                <code>{s}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : items.length === 0 ? (
        <p className="muted">No comments or reviews on this page.</p>
      ) : null}

      {guideOnDemo ? <FirstRunGuide onDone={guide.dismiss} /> : null}

      {selected ? (
        <ErrorBoundary what="this item" resetKey={selected.id}>
          <ItemDetail
            key={selected.id}
            item={selected}
            tabId={tabId}
            pageUrl={state.pageUrl}
            siteId={state.siteId}
            responses={responses}
            onBack={() => select(undefined)}
          />
        </ErrorBoundary>
      ) : (
        <ErrorBoundary what="the list of items" resetKey={state.updatedAt}>
          <ItemList items={visible} onSelect={select} focusItemId={returnFocusTo} onFocused={() => setReturnFocusTo(undefined)} />
        </ErrorBoundary>
      )}
      <Shortcuts />
    </main>
  );
}

/**
 * Remembers the item that was open; when the panel goes back to the list, returns its
 * id once, for the list to focus that row (instead of focus falling to the page body).
 */
function useReturnFocus(selectedId: string | undefined) {
  const lastOpened = useRef<string | undefined>(undefined);
  const [returnFocusTo, setReturnFocusTo] = useState<string | undefined>();
  useEffect(() => {
    if (selectedId) lastOpened.current = selectedId;
    else if (lastOpened.current) {
      setReturnFocusTo(lastOpened.current);
      lastOpened.current = undefined;
    }
  }, [selectedId]);
  return [returnFocusTo, setReturnFocusTo] as const;
}
