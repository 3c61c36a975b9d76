import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SafeName } from '@/components/display/SafeText';
import { useDb } from '@/entrypoints/dashboard/components/db-context';
import { excerpt, formatCount, formatDateTime } from '@/entrypoints/dashboard/components/format';
import { tellPanelsLogChanged } from '@/entrypoints/dashboard/components/log-changed';
import { ToneBadge } from '@/entrypoints/dashboard/components/ToneBadge';
import type { Tone } from '@/lib/classifier/labels';
import { languageName } from '@/lib/display/language';
import { sendMessage, type OpenItemResult } from '@/lib/messaging/protocol';
import {
  foldInboxWords,
  INBOX_SORT_WORDS,
  INBOX_SORTS,
  inboxChoices,
  inboxEntries,
  queryInbox,
  type InboxEntry,
  type InboxQuery,
  type InboxSort,
} from '@/lib/panel/inbox';
import type { Family } from '@/lib/playbooks/family';
import type { ItemRow } from '@/lib/storage/db';
import { toStorageProblem } from '@/lib/storage/problems';
import { inboxPage, openItems } from '@/lib/storage/queries';
import { markItemsHandled } from '@/lib/storage/writes';
import { SearchBox } from './SearchBox';

/** Rows per page of the table: the DOM holds one page, whatever the inbox's size. */
export const INBOX_PAGE_SIZE = 50;
/** Back on the tab after this long away, the inbox reads the open items again. */
const RELOAD_AFTER_HIDDEN_MS = 5_000;
/** The search runs this long after the last keystroke. */
export const SEARCH_DEBOUNCE_MS = 200;

const TONES_WORST_FIRST: readonly Tone[] = ['negative', 'neutral', 'positive'];

const FAMILY_WORDS: Record<Family, string> = {
  complaint: 'Complaint',
  escalation: 'Urgent (public threat or safety)',
  legal: 'Legal',
  question: 'Question',
  fan: 'Fan',
  lukewarm: 'Lukewarm',
  light: 'Not about the business',
  ignore: 'Do not engage (spam, abuse)',
};

/** Asks the background to show the item on its page (an open tab, else a new one). */
export type OpenOnPage = (entry: InboxEntry) => Promise<OpenItemResult>;

const openThroughBackground: OpenOnPage = ({ row }) =>
  sendMessage('openItem', {
    itemId: row.id,
    ...(row.pageUrl ? { pageUrl: row.pageUrl } : {}),
    ...(row.permalink ? { permalink: row.permalink } : {}),
  });

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The inbox: every item seen and not answered, across pages and sites, worst and oldest first.
 * The first page comes straight from the `items.inbox` index; then the open items are read
 * once and filtered, searched and sorted in memory (lib/panel/inbox.ts). Bulk marks go through
 * lib/storage/writes.ts and leave the list without reading it again.
 */
export function InboxPage({ openOnPage = openThroughBackground }: { openOnPage?: OpenOnPage }) {
  const db = useDb();
  const [entries, setEntries] = useState<InboxEntry[]>();
  const [firstPaint, setFirstPaint] = useState<{ more: boolean; entries: InboxEntry[] }>();
  const [loadError, setLoadError] = useState('');
  const [reloads, setReloads] = useState(0);
  const [site, setSite] = useState('');
  const [tone, setTone] = useState('');
  const [family, setFamily] = useState('');
  const [language, setLanguage] = useState('');
  const [sort, setSort] = useState<InboxSort>('worst');
  const [searchInput, setSearchInput] = useState('');
  const search = useDebounced(searchInput, SEARCH_DEBOUNCE_MS);
  const [pageIndex, setPageIndex] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // Marked here: never open again, so a read that started before the mark cannot bring them back.
  const marked = useRef(new Set<string>());

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const first = await inboxPage(db, { limit: INBOX_PAGE_SIZE });
        const unmarked = (rows: ItemRow[]) => rows.filter((row) => !marked.current.has(row.id));
        if (live) setFirstPaint({ more: first.more, entries: inboxEntries(unmarked(first.rows)) });
        const all = inboxEntries(unmarked(await openItems(db)));
        if (live) setEntries(all);
      } catch (error) {
        if (live) setLoadError(toStorageProblem(error).message);
      }
    })();
    return () => {
      live = false;
    };
  }, [db, reloads]);

  // While the browser is idle, fold the items' words for search, a slice at a time.
  useEffect(() => {
    if (!entries || typeof requestIdleCallback !== 'function') return;
    let next = 0;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      next = foldInboxWords(entries, next, Math.max(1, deadline.timeRemaining()));
      if (next < entries.length) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [entries]);

  // Back on this tab after browsing a while: read what the pages added meanwhile (a glance at
  // another tab does not cost a full read).
  useEffect(() => {
    let hiddenAt = 0;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') hiddenAt = Date.now();
      else if (hiddenAt && Date.now() - hiddenAt >= RELOAD_AFTER_HIDDEN_MS) setReloads((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  const query: InboxQuery = useMemo(
    () => ({
      ...(site ? { site } : {}),
      ...(tone ? { tone: tone as Tone } : {}),
      ...(family ? { family: family as Family } : {}),
      ...(language ? { language } : {}),
      ...(search.trim() ? { text: search } : {}),
      sort,
    }),
    [site, tone, family, language, search, sort],
  );
  const filtered = Boolean(site || tone || family || language || search.trim());
  const matched = useMemo(() => (entries ? queryInbox(entries, query) : undefined), [entries, query]);
  const choices = useMemo(() => inboxChoices(entries ?? firstPaint?.entries ?? []), [entries, firstPaint]);
  const total = entries?.length ?? (firstPaint && !firstPaint.more ? firstPaint.entries.length : undefined);

  // A new query starts on its first page.
  const queryKey = JSON.stringify(query);
  const lastQueryKey = useRef(queryKey);
  if (lastQueryKey.current !== queryKey) {
    lastQueryKey.current = queryKey;
    if (pageIndex !== 0) setPageIndex(0);
  }

  const pages = matched ? Math.max(1, Math.ceil(matched.length / INBOX_PAGE_SIZE)) : 1;
  const page = Math.min(pageIndex, pages - 1);
  const shown = matched
    ? matched.slice(page * INBOX_PAGE_SIZE, (page + 1) * INBOX_PAGE_SIZE)
    : sort === 'worst' && !filtered
      ? (firstPaint?.entries ?? [])
      : [];
  const shownIds = shown.map((entry) => entry.row.id);
  const allShownSelected = shownIds.length > 0 && shownIds.every((id) => selected.has(id));

  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const toggleShown = () => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of shownIds) {
        if (allShownSelected) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  };

  const mark = async (action: 'answered' | 'ignored') => {
    // Only what is still listed: an item answered elsewhere since (a reload dropped it) is left alone.
    const listed = new Set((entries ?? firstPaint?.entries ?? []).map((entry) => entry.row.id));
    const ids = [...selected].filter((id) => listed.has(id));
    if (ids.length === 0) return;
    setBusy(true);
    try {
      const rows = await markItemsHandled(db, ids, action);
      const done = new Set(rows.map((row) => row.itemId));
      for (const id of done) marked.current.add(id);
      setEntries((current) => current?.filter((entry) => !done.has(entry.row.id)));
      setFirstPaint((current) => (current ? { ...current, entries: current.entries.filter((entry) => !done.has(entry.row.id)) } : current));
      setSelected(new Set());
      setStatus(`${done.size === 1 ? '1 item' : `${formatCount(done.size)} items`} marked ${action}.`);
      // The message carries at most 5,000 ids; a bigger mark refreshes every tab.
      tellPanelsLogChanged(done.size <= 5000 ? [...done] : undefined);
    } catch (error) {
      setStatus(`Not marked: ${toStorageProblem(error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const open = async (entry: InboxEntry) => {
    try {
      const result = await openOnPage(entry);
      if (!result.ok) setStatus(result.message);
      else if (result.opened === 'existing-tab')
        setStatus(result.focused ? 'Shown in its open tab.' : 'Its tab is in front; Replybook scrolls to the item once the page shows it.');
      else setStatus('Opened its page in a new tab; Replybook scrolls to the item once the page shows it.');
    } catch {
      setStatus('Could not reach the extension to open the page. Reload the dashboard and try again.');
    }
  };

  const clearFilters = () => {
    setSite('');
    setTone('');
    setFamily('');
    setLanguage('');
    setSearchInput('');
  };

  const countText =
    total === undefined
      ? firstPaint
        ? `More than ${formatCount(firstPaint.entries.length)} waiting (counting…)`
        : 'Loading…'
      : matched && filtered
        ? `${formatCount(matched.length)} of ${formatCount(total)} waiting`
        : `${formatCount(total)} waiting`;

  return (
    <section aria-labelledby="inbox-title" className="inbox-page">
      <h1 id="inbox-title">Inbox</h1>
      <p className="muted">Everything seen on your pages that nobody has answered yet, worst and oldest first.</p>
      {loadError ? (
        <p role="alert" className="error">
          The inbox could not be read: {loadError}
        </p>
      ) : null}
      <fieldset className="inbox-filters" aria-label="Inbox filters">
        <SearchBox label="Search the inbox" placeholder="words in the item or author" value={searchInput} onChange={setSearchInput} />
        <FilterSelect label="Site" value={site} onChange={setSite} all="All sites" options={choices.sites} />
        <FilterSelect label="Tone" value={tone} onChange={setTone} all="All tones" options={TONES_WORST_FIRST} />
        <FilterSelect
          label="Kind"
          value={family}
          onChange={setFamily}
          all="All kinds"
          options={choices.families}
          wordFor={(value) => FAMILY_WORDS[value as Family]}
        />
        <FilterSelect
          label="Language"
          value={language}
          onChange={setLanguage}
          all="All languages"
          options={choices.languages}
          wordFor={languageName}
        />
        <FilterSelect
          label="Sort"
          value={sort}
          onChange={(value) => setSort(value as InboxSort)}
          options={INBOX_SORTS}
          wordFor={(value) => INBOX_SORT_WORDS[value as InboxSort]}
        />
      </fieldset>

      <fieldset className="inbox-actions" aria-label="With the selected items">
        <span aria-live="polite">{selected.size ? `${formatCount(selected.size)} selected` : 'Select items to mark them'}</span>{' '}
        {matched && matched.length > shown.length && selected.size < matched.length ? (
          <>
            <button type="button" onClick={() => setSelected(new Set(matched.map((entry) => entry.row.id)))}>
              Select all {formatCount(matched.length)} {filtered ? 'matching' : 'waiting'}
            </button>{' '}
          </>
        ) : null}
        {selected.size ? (
          <>
            <button type="button" onClick={() => setSelected(new Set())}>
              Clear selection
            </button>{' '}
          </>
        ) : null}
        <button type="button" disabled={busy || selected.size === 0} onClick={() => void mark('answered')}>
          Mark answered
        </button>{' '}
        <button type="button" disabled={busy || selected.size === 0} onClick={() => void mark('ignored')}>
          Mark ignored
        </button>
      </fieldset>
      <p className="muted" aria-live="polite" data-testid="inbox-count">
        {countText}
      </p>
      <p role="status" className="inbox-status">
        {status}
      </p>

      {total === 0 ? (
        <EmptyInbox />
      ) : matched && matched.length === 0 ? (
        <div className="empty-state">
          <p>Nothing waiting matches these filters.</p>
          <button type="button" onClick={clearFilters}>
            Clear filters
          </button>
        </div>
      ) : (
        <table className="inbox-table" aria-label="Inbox">
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" aria-label="Select all on this page" checked={allShownSelected} onChange={toggleShown} />
              </th>
              <th scope="col">Tone</th>
              <th scope="col">Item</th>
              <th scope="col">Site</th>
              <th scope="col">Rating</th>
              <th scope="col">Waiting since</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <InboxRow key={entry.row.id} entry={entry} selected={selected.has(entry.row.id)} onToggle={toggle} onOpen={open} />
            ))}
          </tbody>
        </table>
      )}
      {matched && pages > 1 ? (
        <nav aria-label="Inbox pages" className="inbox-pages">
          <button type="button" disabled={page === 0} onClick={() => setPageIndex(page - 1)}>
            Previous
          </button>{' '}
          <span>
            Page {page + 1} of {pages}
          </span>{' '}
          <button type="button" disabled={page >= pages - 1} onClick={() => setPageIndex(page + 1)}>
            Next
          </button>
        </nav>
      ) : null}
    </section>
  );
}

/** One labelled filter or sort choice; `all` adds the "no filter" option first. */
function FilterSelect({
  label,
  value,
  onChange,
  options,
  all,
  wordFor = (option) => option,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[];
  all?: string;
  wordFor?: (option: string) => string;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {all === undefined ? null : <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {wordFor(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

function InboxRow({
  entry,
  selected,
  onToggle,
  onOpen,
}: {
  entry: InboxEntry;
  selected: boolean;
  onToggle: (id: string) => void;
  onOpen: (entry: InboxEntry) => Promise<void>;
}) {
  const { row } = entry;
  const who = row.authorName ?? 'Someone';
  return (
    <tr aria-selected={selected} data-item-id={row.id}>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${who}: ${excerpt(row.text, 40)}`}
          checked={selected}
          onChange={() => onToggle(row.id)}
        />
      </td>
      <td>
        <ToneBadge tone={entry.tone} corrected={Boolean(row.tone && row.labels && row.tone !== row.labels.tone)} />
        {entry.family ? <div className="muted">{FAMILY_WORDS[entry.family]}</div> : null}
      </td>
      <td>
        <strong>
          <SafeName text={who} />
        </strong>
        <div className="inbox-text">{excerpt(row.text, 220)}</div>
      </td>
      <td>{row.site}</td>
      <td>{row.rating !== undefined ? `${row.rating} ★` : '–'}</td>
      <td>{formatDateTime(entry.waitingSince)}</td>
      <td>
        <button type="button" onClick={() => void onOpen(entry)} aria-label={`Open on the page: ${who}`}>
          Open on the page
        </button>
      </td>
    </tr>
  );
}

function EmptyInbox() {
  return (
    <div className="empty-state">
      <p>
        <strong>Nothing is waiting.</strong> The inbox fills as you browse your pages: every comment or review Replybook finds on a
        supported site (Facebook, Yelp, Google Maps, TripAdvisor and the others in Settings) shows up here until you answer it from the side
        panel or mark it answered or ignored.
      </p>
      <p>
        To see it work, open the <a href="/demo.html">demo page</a>, then come back here.
      </p>
    </div>
  );
}
