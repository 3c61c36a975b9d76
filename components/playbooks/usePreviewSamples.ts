import { useLiveQuery } from 'dexie-react-hooks';
import type { Topic } from '@/lib/classifier/labels';
import type { ReplybookDB } from '@/lib/storage/db';

/** An item a template preview is filled from. */
export interface PreviewSample {
  key: string;
  /** What the chooser shows. */
  label: string;
  item: { site: string; author?: string; text: string; rating?: number };
  topics: Topic[];
}

/** Samples for a first run, before any page was read: one praise, one complaint, one question. */
export const BUILT_IN_SAMPLES: readonly PreviewSample[] = [
  {
    key: 'sample-complaint',
    label: 'Sample: a 2-star review about a long wait',
    item: { site: 'google-maps', author: 'Jane Doe', text: 'The latte was lovely but the wait was long.', rating: 2 },
    topics: ['service'],
  },
  {
    key: 'sample-praise',
    label: 'Sample: a 5-star review praising the team',
    item: { site: 'yelp', author: 'Marco Rossi', text: 'Friendly team and the best croissant in town!', rating: 5 },
    topics: ['staff', 'product'],
  },
  {
    key: 'sample-question',
    label: 'Sample: a question on Facebook',
    item: { site: 'facebook', author: 'Priya Shah', text: 'Are you open on Sunday mornings?' },
    topics: [],
  },
];

const RECENT_ITEMS = 15;
const SCANNED_ITEMS = 500;

/** The built-in samples, then the items the user saw most recently (read live from the items table). */
export function usePreviewSamples(db: ReplybookDB): PreviewSample[] {
  const seen = useLiveQuery(
    async () => {
      // The items table has no time index in its current version: a bounded read, newest of those first.
      const rows = (await db.items.limit(SCANNED_ITEMS).toArray()).sort((a, b) => b.lastSeenAt - a.lastSeenAt).slice(0, RECENT_ITEMS);
      return rows.map(
        (row): PreviewSample => ({
          key: `item-${row.id}`,
          label: `${row.authorName ?? 'Someone'} on ${row.site}: ${row.text.replace(/\s+/gu, ' ').slice(0, 50)}${row.text.length > 50 ? '…' : ''}`,
          item: {
            site: row.site,
            text: row.text,
            ...(row.authorName ? { author: row.authorName } : {}),
            ...(row.rating !== undefined ? { rating: row.rating } : {}),
          },
          topics: row.labels?.topics ?? [],
        }),
      );
    },
    [db],
    [],
  );
  return [...BUILT_IN_SAMPLES, ...seen];
}
