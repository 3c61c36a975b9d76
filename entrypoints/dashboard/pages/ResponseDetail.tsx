import { useLiveQuery } from 'dexie-react-hooks';
import { SafeName, SafeText } from '@/components/display/SafeText';
import { useEffect, useState } from 'react';
import type { Tone } from '@/lib/classifier/labels';
import { useDb } from '@/entrypoints/dashboard/components/db-context';
import { DAY_MS, markDone, removeFollowUp, scheduleFollowUp, snooze } from '@/entrypoints/dashboard/components/follow-up-actions';
import { excerpt, formatDateTime, toLocalInputValue } from '@/entrypoints/dashboard/components/format';
import { ProblemMessage } from '@/entrypoints/dashboard/components/ProblemMessage';
import { ToneBadge } from '@/entrypoints/dashboard/components/ToneBadge';
import { hrefFor } from '@/entrypoints/dashboard/components/use-hash-route';
import { toStorageProblem, type StorageProblem } from '@/lib/storage/problems';
import { authorHistory } from '@/lib/storage/people';
import { setNotes, setToneCorrection } from '@/lib/storage/writes';
import { tellPanelsLogChanged } from '@/entrypoints/dashboard/components/log-changed';

/** One response: the item, our reply, labels and correction, follow-up, notes, and the author's history. */
export function ResponseDetail({ id }: { id: string }) {
  const db = useDb();
  const row = useLiveQuery(() => db.responses.get(id).then((found) => found ?? null), [db, id]);
  const history = useLiveQuery(
    () => (row?.authorKey ? authorHistory(db, row.authorKey) : Promise.resolve(null)),
    [db, row?.authorKey, row?.id],
  );
  const [problem, setProblem] = useState<StorageProblem>();
  const [notes, setNotesDraft] = useState('');
  const [followUpAt, setFollowUpAt] = useState('');
  useEffect(() => {
    setNotesDraft(row?.notes ?? '');
    setFollowUpAt(toLocalInputValue(row?.followUpAt ?? Date.now() + 3 * DAY_MS));
  }, [row?.id, row?.notes, row?.followUpAt]);

  const run = async (action: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(toStorageProblem(error));
    }
  };

  if (row === undefined) return <p className="muted">Loading…</p>;
  if (row === null) {
    return (
      <section className="detail" aria-label="Response">
        <p>This response is not in the log (it may have been deleted).</p>
        <a href={hrefFor('log')}>Back to the log</a>
      </section>
    );
  }

  const pending = row.followUpState === 'due' || row.followUpState === 'snoozed';
  return (
    <section className="detail" aria-labelledby="detail-title">
      <header className="detail-head">
        <h2 id="detail-title">
          <SafeName text={row.authorName} fallback="Someone" /> on {row.site}
        </h2>
        <a href={hrefFor('log')} aria-label="Close the response">
          Close
        </a>
      </header>
      <ProblemMessage problem={problem} />
      <dl className="facts">
        <dt>Seen</dt>
        <dd>{formatDateTime(row.firstSeenAt)}</dd>
        <dt>Replied</dt>
        <dd>
          {formatDateTime(row.repliedAt)} ({row.action})
        </dd>
        {row.permalink || row.pageUrl ? (
          <>
            <dt>Where</dt>
            <dd>
              <a href={row.permalink ?? row.pageUrl} target="_blank" rel="noreferrer noopener">
                {excerpt(row.permalink ?? row.pageUrl, 80)}
              </a>
            </dd>
          </>
        ) : null}
        {row.rating !== undefined ? (
          <>
            <dt>Rating</dt>
            <dd>{row.rating}</dd>
          </>
        ) : null}
      </dl>
      <h3>Their words</h3>
      <SafeText as="p" className="quote" text={row.itemText || '(no text)'} />
      <h3>Our reply</h3>
      <SafeText as="p" className="quote reply" text={row.replyText || '(no reply)'} />

      <h3>Labels</h3>
      <p>
        <ToneBadge tone={row.tone} corrected={row.toneCorrection !== undefined} />
        {row.labels ? (
          <span className="muted">
            {' '}
            classifier said {row.labels.tone} ({Math.round((row.labels.scores[row.labels.tone] ?? 0) * 100)}%)
          </span>
        ) : null}
      </p>
      {row.labels && (row.labels.flags.length > 0 || row.labels.topics.length > 0) ? (
        <p className="muted">
          {row.labels.flags.length ? `Flags: ${row.labels.flags.join(', ')}. ` : ''}
          {row.labels.topics.length ? `Topics: ${row.labels.topics.join(', ')}.` : ''}
        </p>
      ) : null}
      {row.labels?.reasons.length ? <p className="muted">Why: {row.labels.reasons.join('; ')}</p> : null}
      <label>
        Correct the tone
        <select
          value={row.toneCorrection ?? ''}
          onChange={(event) =>
            run(async () => {
              await setToneCorrection(db, row.itemId, (event.target.value || null) as Tone | null);
              tellPanelsLogChanged([row.itemId]);
            })
          }
        >
          <option value="">Keep the classifier’s label</option>
          <option value="negative">negative</option>
          <option value="neutral">neutral</option>
          <option value="positive">positive</option>
        </select>
      </label>

      <h3>Follow-up</h3>
      <p>
        {row.followUpState === 'none'
          ? 'No follow-up.'
          : `${row.followUpState === 'done' ? 'Done' : row.followUpState === 'snoozed' ? 'Snoozed until' : 'Due'} ${formatDateTime(
              row.followUpState === 'done' ? (row.followUpDoneAt ?? row.followUpAt) : row.followUpAt,
            )}`}
      </p>
      <div className="row-actions">
        <label>
          Follow up on
          <input type="datetime-local" value={followUpAt} onChange={(event) => setFollowUpAt(event.target.value)} />
        </label>
        <button
          type="button"
          onClick={() => {
            const at = new Date(followUpAt).getTime();
            if (Number.isFinite(at)) void run(() => scheduleFollowUp(db, row.id, at));
            else setProblem({ kind: 'invalid', message: 'Pick a date and time for the follow-up.' });
          }}
        >
          Set follow-up
        </button>
        {pending ? (
          <>
            <button type="button" onClick={() => run(() => snooze(db, row.id, Date.now() + DAY_MS))}>
              Snooze 1 day
            </button>
            <button type="button" onClick={() => run(() => markDone(db, row.id))}>
              Mark done
            </button>
          </>
        ) : null}
        {row.followUpState !== 'none' ? (
          <button type="button" onClick={() => run(() => removeFollowUp(db, row.id))}>
            Remove follow-up
          </button>
        ) : null}
      </div>

      <h3>
        <label htmlFor="notes">Notes</label>
      </h3>
      <textarea id="notes" rows={3} value={notes} onChange={(event) => setNotesDraft(event.target.value)} />
      <div>
        <button type="button" disabled={notes === (row.notes ?? '')} onClick={() => run(() => setNotes(db, row.id, notes))}>
          Save notes
        </button>
      </div>

      {row.authorKey ? (
        <>
          <h3>
            History with <SafeName text={row.authorName} fallback="this person" />
          </h3>
          {history?.turnaround ? (
            <p className="badge-turned">
              Turned around: {history.turnaround.from} → {history.turnaround.to}
            </p>
          ) : null}
          <ol className="timeline" aria-label="Author history">
            {(history?.items ?? []).map((item) => {
              const replies = history?.responses.filter((response) => response.itemId === item.id) ?? [];
              return (
                <li key={item.id} className={item.id === row.itemId ? 'current' : undefined}>
                  <span className="muted">{formatDateTime(item.firstSeenAt)}</span> <ToneBadge tone={item.tone} />{' '}
                  {excerpt(item.text, 160) || '(no text)'}
                  {replies.map((response) => (
                    <div key={response.id} className="muted">
                      ↳ <a href={hrefFor('log', response.id)}>{response.action}</a> {formatDateTime(response.repliedAt)}:{' '}
                      {excerpt(response.replyText, 120)}
                    </div>
                  ))}
                </li>
              );
            })}
          </ol>
          <a href={hrefFor('people', row.authorKey)}>Open their page</a>
        </>
      ) : null}
    </section>
  );
}
