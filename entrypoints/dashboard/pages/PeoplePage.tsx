import { useLiveQuery } from 'dexie-react-hooks';
import { SafeName } from '@/components/display/SafeText';
import { useState } from 'react';
import type { Tone } from '@/lib/classifier/labels';
import { useDb } from '@/entrypoints/dashboard/components/db-context';
import { excerpt, formatDate, formatDateTime } from '@/entrypoints/dashboard/components/format';
import { ToneBadge } from '@/entrypoints/dashboard/components/ToneBadge';
import { hrefFor } from '@/entrypoints/dashboard/components/use-hash-route';
import { SearchBox } from './SearchBox';
import { authorHistory, peopleByRecentActivity } from '@/lib/storage/people';

const PAGE = 50;

/** A row of small tone marks, oldest first: the person's tone over time. */
function ToneTrail({ tones }: { tones: Array<{ at: number; tone: Tone }> }) {
  const label = tones.map((entry) => `${entry.tone} on ${formatDate(entry.at)}`).join(', ');
  return (
    <span className="tone-trail" role="img" aria-label={`Tone over time: ${label || 'none'}`}>
      {tones.slice(-24).map((entry, index) => (
        <span key={index} className={`dot tone-${entry.tone}`} title={`${entry.tone}, ${formatDate(entry.at)}`} />
      ))}
    </span>
  );
}

export function PeoplePage({ authorKey }: { authorKey?: string | undefined }) {
  return authorKey ? <PersonPage authorKey={authorKey} /> : <PeopleList />;
}

function PeopleList() {
  const db = useDb();
  const [limit, setLimit] = useState(PAGE);
  const [query, setQuery] = useState('');
  const result = useLiveQuery(() => peopleByRecentActivity(db, { limit, text: query }), [db, limit, query]);
  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">People</h1>
      <p className="muted">Everyone we have seen or answered, most recently active first.</p>
      <SearchBox
        label="Search people"
        placeholder="Name or site"
        value={query}
        onChange={(value) => {
          setQuery(value);
          setLimit(PAGE);
        }}
      />
      {result === undefined ? <p className="muted">Loading…</p> : null}
      {result?.total === 0 && !query.trim() ? <p className="empty">No people yet. Authors of the items you answer appear here.</p> : null}
      {result?.total === 0 && query.trim() ? <p className="empty">Nobody matches “{query.trim()}”.</p> : null}
      <ul className="people">
        {result?.people.map((person) => (
          <li key={person.author.key}>
            <a href={hrefFor('people', person.author.key)}>
              <SafeName text={person.author.name ?? person.author.key} />
            </a>{' '}
            <span className="muted">on {person.author.site}</span>
            {person.turnaround ? (
              <span className="badge-turned" title={`${person.turnaround.from} → ${person.turnaround.to}`}>
                Turned around
              </span>
            ) : null}
            <div className="muted">
              {person.itemCount} seen, {person.responseCount} answered · last seen {formatDate(person.author.lastSeenAt)}
            </div>
            <ToneTrail tones={person.tones} />
          </li>
        ))}
      </ul>
      {result && result.people.length < result.total ? (
        <button type="button" onClick={() => setLimit((value) => value + PAGE)}>
          Show more people ({result.total - result.people.length} more)
        </button>
      ) : null}
    </section>
  );
}

function PersonPage({ authorKey }: { authorKey: string }) {
  const db = useDb();
  const history = useLiveQuery(() => authorHistory(db, authorKey), [db, authorKey]);
  if (!history) return <p className="muted">Loading…</p>;
  const name = history.author?.name ?? history.items[0]?.authorName ?? authorKey;
  return (
    <section aria-labelledby="person-title">
      <a href={hrefFor('people')}>← All people</a>
      <h1 id="person-title">
        <SafeName text={name} />
      </h1>
      {history.author?.profileUrl ? (
        <p>
          <a href={history.author.profileUrl} target="_blank" rel="noreferrer noopener">
            Profile on {history.author.site}
          </a>
        </p>
      ) : null}
      {history.turnaround ? (
        <p className="badge-turned">
          Turned around: {history.turnaround.from} when we answered on {formatDate(history.turnaround.answeredAt)}, {history.turnaround.to}{' '}
          on {formatDate(history.turnaround.turnedAt)}
        </p>
      ) : null}
      <ToneTrail tones={history.items.filter((item) => item.tone).map((item) => ({ at: item.firstSeenAt, tone: item.tone! }))} />
      {history.items.length === 0 ? <p className="empty">Nothing recorded for this person.</p> : null}
      <ol className="timeline" aria-label="Their items and our responses">
        {history.items.map((item) => (
          <li key={item.id}>
            <span className="muted">{formatDateTime(item.firstSeenAt)}</span> <ToneBadge tone={item.tone} />{' '}
            <span className="quote-inline">{excerpt(item.text, 300) || '(no text)'}</span>
            {history.responses
              .filter((response) => response.itemId === item.id)
              .map((response) => (
                <div key={response.id} className="muted">
                  ↳{' '}
                  <a href={hrefFor('log', response.id)}>
                    {response.action} {formatDateTime(response.repliedAt)}
                  </a>
                  : {excerpt(response.replyText, 200)}
                </div>
              ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
