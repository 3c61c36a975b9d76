import type { Tone } from '@/lib/classifier/labels';
import { wellFormed } from '@/lib/display/text';
import { TONE_RANK } from '@/lib/tone';
import type { AuthorRow, ItemRow, ReplybookDB, ResponseRow } from './db';
import type { Page } from './queries';
import { textMatcher } from './search-words';

/** People analytics: one person across visits, and who turned around after a reply. Read-only. */

export interface Turnaround {
  authorKey: string;
  /** The tone of the item we answered, and of the person's latest item after our reply. */
  from: Tone;
  to: Tone;
  answeredItemId: string;
  answeredAt: number;
  laterItemId: string;
  turnedAt: number;
}

/**
 * A person turned around when the latest item they wrote after one of our
 * replies is more positive than the item we answered.
 */
export function detectTurnaround(items: ItemRow[], responses: ResponseRow[]): Turnaround | undefined {
  const answered = responses
    .filter((row) => row.action !== 'ignored' && row.tone && row.authorKey)
    .sort((a, b) => b.repliedAt - a.repliedAt);
  const toned = items.filter((item) => item.tone).sort((a, b) => b.firstSeenAt - a.firstSeenAt);
  for (const response of answered) {
    const latest = toned.find((item) => item.firstSeenAt > response.repliedAt && item.id !== response.itemId);
    if (latest && TONE_RANK[latest.tone!] > TONE_RANK[response.tone!]) {
      return {
        authorKey: response.authorKey!,
        from: response.tone!,
        to: latest.tone!,
        answeredItemId: response.itemId,
        answeredAt: response.repliedAt,
        laterItemId: latest.id,
        turnedAt: latest.firstSeenAt,
      };
    }
  }
  return undefined;
}

export interface AuthorHistory {
  author?: AuthorRow;
  /** Everything seen from them, oldest first. */
  items: ItemRow[];
  /** Our responses to them, oldest first. */
  responses: ResponseRow[];
  turnaround?: Turnaround;
}

/** One person across visits: their items and our responses over time. */
export async function authorHistory(db: ReplybookDB, requestedKey: string): Promise<AuthorHistory> {
  const authorKey = await storedAuthorKey(db, requestedKey);
  const [author, items, responses] = await Promise.all([
    db.authors.get(authorKey),
    db.items.where('[authorKey+firstSeenAt]').between([authorKey, -Infinity], [authorKey, Infinity]).toArray(),
    db.responses.where('authorKey').equals(authorKey).sortBy('repliedAt'),
  ]);
  const turnaround = detectTurnaround(items, responses);
  return { ...(author ? { author } : {}), items, responses, ...(turnaround ? { turnaround } : {}) };
}

/**
 * Keys stored before authorKeyFor replaced lone surrogates reach the route with U+FFFD
 * in their place (see hrefFor): find the stored key they stand for.
 */
async function storedAuthorKey(db: ReplybookDB, key: string): Promise<string> {
  if (!key.includes('\uFFFD') || (await db.authors.get(key))) return key;
  const site = key.slice(0, key.indexOf(':'));
  const match = await db.authors
    .where('site')
    .equals(site)
    .filter((author) => wellFormed(author.key) === key)
    .first();
  return match?.key ?? key;
}

export interface PersonSummary {
  author: AuthorRow;
  itemCount: number;
  responseCount: number;
  /** Tone of each item over time, oldest first. */
  tones: Array<{ at: number; tone: Tone }>;
  lastResponseAt?: number;
  turnaround?: Turnaround;
}

/** Authors, most recently active first, with their tone over time. */
export async function peopleByRecentActivity(
  db: ReplybookDB,
  { offset = 0, limit = 50, site, text }: Page & { site?: string; text?: string } = {},
): Promise<{ total: number; people: PersonSummary[] }> {
  const base = db.authors.orderBy('lastSeenAt').reverse();
  // Search by name, profile key or site (words start words, case and accents ignored).
  const matches = text?.trim() ? textMatcher(text) : undefined;
  const keep = (author: AuthorRow) => (!site || author.site === site) && (!matches || matches(author.name, author.key, author.site));
  const filtered = site || matches ? base.filter(keep) : base;
  const [total, authors] = await Promise.all([
    matches ? db.authors.filter(keep).count() : site ? db.authors.where('site').equals(site).count() : db.authors.count(),
    filtered.offset(offset).limit(limit).toArray(),
  ]);
  const people = await Promise.all(
    authors.map(async (author): Promise<PersonSummary> => {
      const history = await authorHistory(db, author.key);
      const last = history.responses.at(-1);
      return {
        author,
        itemCount: history.items.length,
        responseCount: history.responses.length,
        tones: history.items.filter((item) => item.tone).map((item) => ({ at: item.firstSeenAt, tone: item.tone! })),
        ...(last ? { lastResponseAt: last.repliedAt } : {}),
        ...(history.turnaround ? { turnaround: history.turnaround } : {}),
      };
    }),
  );
  return { total, people };
}
