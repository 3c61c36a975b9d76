import { useVirtualizer } from '@tanstack/react-virtual';
import { SafeName } from '@/components/display/SafeText';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import type { ResponseRow } from '@/lib/storage/db';
import { newestResponses, queryResponseIds, type ResponseFilters } from '@/lib/storage/queries';
import { warmSearchIndex } from '@/lib/storage/search-index';
import { useDb } from './db-context';
import { excerpt, formatCount, formatDateTime } from './format';
import { ToneBadge } from './ToneBadge';
import { hrefFor } from './use-hash-route';

const ROW_HEIGHT = 52;
/** Rows read first, before the full id list: more than a tall screen shows. */
const FIRST_SCREEN = 40;

/**
 * The log as a virtualized table. Only the ids of the matching rows are held
 * (a live query over index keys); the rows on screen are fetched by id, so
 * 100,000 entries never sit in React state.
 */
export function LogTable({ filters, selectedId }: { filters: ResponseFilters; selectedId?: string | undefined }) {
  const db = useDb();
  const filterKey = JSON.stringify(filters);
  // A large log's full id list takes seconds to read. Where one index range answers the
  // filters, the newest rows are read first and painted; the full list is asked for only
  // after them, since IndexedDB would serve the short read behind the long one.
  // (null: these filters need more than one range; the full list comes at once.)
  const newest = useLiveQuery(async () => (await newestResponses(db, filters, FIRST_SCREEN)) ?? null, [db, filterKey]);
  const fullListAllowed = newest !== undefined;
  const fullIds = useLiveQuery(() => (fullListAllowed ? queryResponseIds(db, filters) : undefined), [db, filterKey, fullListAllowed]);
  // Once the list is up, read the search blocks while the user is idle, so the first
  // search does not wait for them.
  const listLoaded = fullIds !== undefined;
  useEffect(() => {
    if (!listLoaded || typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => void warmSearchIndex(db).catch(() => undefined));
    return () => cancelIdleCallback(handle);
  }, [db, listLoaded]);
  const newestIds = useMemo(() => newest?.map((row) => row.id), [newest]);
  const ids = fullIds ?? newestIds;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ids?.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const visibleIds = useMemo(
    () => virtualRows.map((row) => ids?.[row.index]).filter((id): id is string => id !== undefined),
    [virtualRows, ids],
  );
  const visibleKey = visibleIds.join('\n');
  const rows = useLiveQuery(async () => {
    const found = await db.responses.bulkGet(visibleIds);
    return new Map(found.filter((row): row is ResponseRow => row !== undefined).map((row) => [row.id, row]));
    // visibleKey stands for visibleIds.
  }, [db, visibleKey]);
  // Keep showing the previous rows while the next window loads (no flash of empty rows).
  const lastRows = useRef(new Map<string, ResponseRow>());
  // While a window's rows load, useLiveQuery still returns the previous window's (at first,
  // none): fill the gaps from the newest rows read first and the last window shown.
  const shown = new Map(lastRows.current);
  for (const row of newest ?? []) shown.set(row.id, row);
  for (const [id, row] of rows ?? []) shown.set(id, row);
  if (rows) lastRows.current = rows;

  const count = fullIds?.length;
  return (
    <div className="log-table-wrap">
      <p className="muted" aria-live="polite">
        {count === undefined ? 'Loading…' : count === 1 ? '1 response' : `${formatCount(count)} responses`}
      </p>
      <div role="table" aria-label="Response log" aria-rowcount={(count ?? 0) + 1} className="log-table">
        <div role="rowgroup">
          <div role="row" className="log-row log-head" aria-rowindex={1}>
            <span role="columnheader">Replied</span>
            <span role="columnheader">Tone</span>
            <span role="columnheader">Item and reply</span>
            <span role="columnheader">Author</span>
            <span role="columnheader" className="col-extra">
              Site
            </span>
            <span role="columnheader" className="col-extra">
              Action
            </span>
            <span role="columnheader" className="col-extra">
              Follow-up
            </span>
          </div>
        </div>
        <div ref={scrollRef} className="log-scroll" role="rowgroup" data-testid="log-scroll">
          {count === 0 ? <EmptyLog filtered={Object.values(filters).some((value) => value !== undefined && value !== '')} /> : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualRows.map((virtualRow) => {
              const id = ids?.[virtualRow.index];
              const row = id ? shown.get(id) : undefined;
              return (
                <div
                  key={id ?? virtualRow.key}
                  role="row"
                  aria-rowindex={virtualRow.index + 2}
                  aria-selected={id === selectedId}
                  className={`log-row${id === selectedId ? ' selected' : ''}`}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${virtualRow.start}px)`,
                  }}
                >
                  {row ? (
                    <LogRowCells row={row} />
                  ) : (
                    <span role="cell" className="muted">
                      …
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

function LogRowCells({ row }: { row: ResponseRow }) {
  return (
    <>
      <span role="cell">{formatDateTime(row.repliedAt)}</span>
      <span role="cell">
        <ToneBadge tone={row.tone} corrected={row.toneCorrection !== undefined} />
      </span>
      <span role="cell" className="log-texts">
        <a href={hrefFor('log', row.id)}>{excerpt(row.itemText, 100) || '(no text)'}</a>
        <span className="muted">↳ {excerpt(row.replyText, 90) || '(no reply)'}</span>
      </span>
      <span role="cell">
        <SafeName text={row.authorName} fallback="—" />
      </span>
      <span role="cell" className="col-extra">
        {row.site}
      </span>
      <span role="cell" className="col-extra">
        {row.action}
      </span>
      <span role="cell" className="col-extra">
        {row.followUpState === 'none' ? '' : `${row.followUpState} ${formatDateTime(row.followUpAt)}`}
      </span>
    </>
  );
}

/** What an empty log means: nothing matches the filters, or nothing logged yet and how that changes. */
function EmptyLog({ filtered }: { filtered: boolean }) {
  if (filtered) return <p className="empty">No responses match these filters.</p>;
  return (
    <div className="empty">
      <p>Your log is empty. It fills as you answer from the side panel:</p>
      <ul>
        <li>each reply you insert into a page or copy is saved here with the comment, its tone and the page;</li>
        <li>so is each item you mark answered or ignore, and any follow-up you set.</li>
      </ul>
      <p>
        Everything stays in this browser. To try it, open the <a href="/demo.html">demo page</a>, click a tone badge and insert a reply.
      </p>
    </div>
  );
}
