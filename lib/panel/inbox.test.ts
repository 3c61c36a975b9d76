// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ItemRow } from '@/lib/storage/db';
import { labelsFor } from '@/lib/storage/testing';
import { foldInboxWords, inboxChoices, inboxEntries, queryInbox } from './inbox';

const T0 = 1_750_000_000_000;
const row = (id: string, overrides: Partial<ItemRow> = {}): ItemRow => ({
  id,
  site: 'yelp',
  text: `text ${id}`,
  labels: labelsFor('negative'),
  tone: 'negative',
  firstSeenAt: T0,
  lastSeenAt: T0,
  ...overrides,
});

// In inbox order, as the index hands them over.
const rows = [
  row('refund', {
    text: 'I want a refund, the café was closed',
    authorName: 'Zoë',
    rating: 1,
    firstSeenAt: T0 + 3,
    labels: { ...labelsFor('negative'), flags: ['refund'], language: 'en' },
  }),
  row('question', {
    site: 'google-maps',
    text: 'Do you open on Sundays?',
    tone: 'neutral',
    labels: { ...labelsFor('neutral'), questions: ['Do you open on Sundays?'], language: 'en' },
    firstSeenAt: T0 + 1,
  }),
  row('french', {
    site: 'tripadvisor',
    text: 'Très bon café, merci',
    tone: 'positive',
    labels: { ...labelsFor('positive'), language: 'fr' },
    rating: 5,
    firstSeenAt: T0 + 2,
  }),
  row('unrated', { text: 'Great 😀', tone: 'positive', labels: labelsFor('positive'), firstSeenAt: T0 }),
];
const entries = inboxEntries(rows);
const ids = (query: Parameters<typeof queryInbox>[1]) => queryInbox(entries, query).map((entry) => entry.row.id);

describe('inbox model', () => {
  it('keeps the index order by default and filters by site, tone, family and language', () => {
    expect(ids({})).toEqual(['refund', 'question', 'french', 'unrated']);
    expect(ids({ site: 'google-maps' })).toEqual(['question']);
    expect(ids({ tone: 'positive' })).toEqual(['french', 'unrated']);
    expect(ids({ family: 'complaint' })).toEqual(['refund']);
    expect(ids({ family: 'fan' })).toEqual(['french', 'unrated']);
    expect(ids({ language: 'fr' })).toEqual(['french']);
    expect(ids({ tone: 'positive', language: 'en' })).toEqual([]);
  });

  it('searches word starts in the text and author, case and accents folded, like the log', () => {
    expect(ids({ text: 'CAFE' })).toEqual(['refund', 'french']);
    expect(ids({ text: 'zoe refu' })).toEqual(['refund']);
    expect(ids({ text: 'efund' })).toEqual([]);
    expect(ids({ text: '😀' })).toEqual(['unrated']);
  });

  it('sorts by newest, waiting longest and lowest rating (unrated last)', () => {
    expect(ids({ sort: 'newest' })).toEqual(['refund', 'french', 'question', 'unrated']);
    expect(ids({ sort: 'waiting' })).toEqual(['unrated', 'question', 'french', 'refund']);
    expect(ids({ sort: 'rating' })).toEqual(['refund', 'french', 'question', 'unrated']);
  });

  it('folds search words ahead of a search, slice by slice, and the search agrees', () => {
    const fresh = inboxEntries(rows);
    let clock = 0;
    const stop = foldInboxWords(fresh, 0, 5, () => (clock += 10));
    expect(stop).toBe(fresh.length); // fewer than one slice: all at once
    expect(fresh.every((entry) => entry.words !== undefined)).toBe(true);
    expect(queryInbox(fresh, { text: 'cafe' }).map((entry) => entry.row.id)).toEqual(['refund', 'french']);
  });

  it('offers the sites, kinds and languages present', () => {
    const choices = inboxChoices(entries);
    expect(choices.sites).toEqual(['google-maps', 'tripadvisor', 'yelp']);
    expect(choices.languages).toEqual(['en', 'fr']);
    expect(choices.families).toEqual([...new Set(entries.map((entry) => entry.family))].sort());
    expect(choices.families).toEqual(expect.arrayContaining(['complaint', 'fan']));
  });
});
