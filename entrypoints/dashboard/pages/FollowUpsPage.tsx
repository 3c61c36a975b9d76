import { useLiveQuery } from 'dexie-react-hooks';
import { SafeName } from '@/components/display/SafeText';
import { useState } from 'react';
import { useDb } from '@/entrypoints/dashboard/components/db-context';
import { DAY_MS, markDone, snooze } from '@/entrypoints/dashboard/components/follow-up-actions';
import { excerpt, formatDateTime } from '@/entrypoints/dashboard/components/format';
import { ProblemMessage } from '@/entrypoints/dashboard/components/ProblemMessage';
import { hrefFor } from '@/entrypoints/dashboard/components/use-hash-route';
import type { ResponseRow } from '@/lib/storage/db';
import { toStorageProblem, type StorageProblem } from '@/lib/storage/problems';
import { dueFollowUps, followUpsInState } from '@/lib/storage/follow-ups';
import { textMatcher } from '@/lib/storage/search-words';
import { SearchBox } from './SearchBox';

export function FollowUpsPage() {
  const db = useDb();
  const [now] = useState(() => Date.now());
  const lists = useLiveQuery(async () => {
    const [due, scheduled, snoozed, done] = await Promise.all([
      dueFollowUps(db, now),
      followUpsInState(db, 'due'),
      followUpsInState(db, 'snoozed'),
      followUpsInState(db, 'done', 100),
    ]);
    const dueIds = new Set(due.map((row) => row.id));
    return {
      due,
      scheduled: scheduled.filter((row) => !dueIds.has(row.id)),
      snoozed: snoozed.filter((row) => !dueIds.has(row.id)),
      done,
    };
  }, [db, now]);
  const [problem, setProblem] = useState<StorageProblem>();
  const [query, setQuery] = useState('');
  // Person, site, their words or our reply; each list is a few hundred rows at most, filtered here.
  const matches = textMatcher(query);
  const shown = (rows: ResponseRow[] | undefined) =>
    rows?.filter((row) => matches(row.authorName, row.site, row.itemText, row.replyText, row.notes));
  const run = (action: () => Promise<unknown>) => {
    setProblem(undefined);
    action().catch((error: unknown) => setProblem(toStorageProblem(error)));
  };

  const list = (title: string, rows: ResponseRow[] | undefined, actions: boolean) => (
    <section aria-label={title}>
      <h2>
        {title} ({rows?.length ?? 0})
      </h2>
      {rows?.length === 0 ? <p className="empty">None.</p> : null}
      <ul className="followups">
        {rows?.map((row) => (
          <li key={row.id}>
            <a href={hrefFor('log', row.id)}>
              <SafeName text={row.authorName} fallback="Someone" /> on {row.site}
            </a>{' '}
            <span className="muted">
              {row.followUpState === 'done' ? 'done ' + formatDateTime(row.followUpDoneAt) : formatDateTime(row.followUpAt)}
            </span>
            <div>{excerpt(row.itemText, 160)}</div>
            {actions ? (
              <div className="row-actions">
                <button
                  type="button"
                  aria-label={`Snooze the follow-up with ${excerpt(row.authorName ?? '', 80) || 'this person'} by one day`}
                  onClick={() => run(() => snooze(db, row.id, Math.max(Date.now(), row.followUpAt ?? 0) + DAY_MS))}
                >
                  Snooze 1 day
                </button>
                <button
                  type="button"
                  aria-label={`Mark the follow-up with ${excerpt(row.authorName ?? '', 80) || 'this person'} done`}
                  onClick={() => run(() => markDone(db, row.id))}
                >
                  Done
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <section aria-labelledby="followups-title">
      <h1 id="followups-title">Follow-ups</h1>
      <ProblemMessage problem={problem} />
      <SearchBox label="Search follow-ups" placeholder="Person, site or words" value={query} onChange={setQuery} />
      {lists === undefined ? <p className="muted">Loading…</p> : null}
      {list('Due now', shown(lists?.due), true)}
      {list('Scheduled', shown(lists?.scheduled), true)}
      {list('Snoozed', shown(lists?.snoozed), true)}
      {list('Done', shown(lists?.done), false)}
    </section>
  );
}
