import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Labels, Tone } from '@/lib/classifier/labels';
import { buildSearchBlocks, type SearchBlockRow } from './search-index';
import { searchWords } from './search-words';
import { figuresFor } from './figures';
import { talliesFor, tallyKey } from './tallies';
import { weekStart } from '@/lib/time';
import { effectiveTone } from '@/lib/tone';
import { withInboxKey } from './inbox-key';

export type ResponseAction = 'inserted' | 'copied' | 'answered' | 'ignored';
export type FollowUpState = 'none' | 'due' | 'done' | 'snoozed';

/** One thing the user did about one item: the core row of the personal log. */
export interface ResponseRow {
  id: string;
  itemId: string;
  site: string;
  pageUrl: string;
  permalink?: string;
  /** Key into `authors` ("<site>:<profile URL or name>"), when the item had an author. */
  authorKey?: string;
  authorName?: string;
  itemText: string;
  rating?: number;
  labels?: Labels;
  /** The user's correction of the tone, which takes precedence over labels.tone. */
  toneCorrection?: Tone;
  /** Effective tone (correction, else label), indexed for filters. */
  tone?: Tone;
  playbookId?: string;
  templateId?: string;
  replyText: string;
  action: ResponseAction;
  /** Epoch ms. */
  firstSeenAt: number;
  repliedAt: number;
  followUpAt?: number;
  followUpState: FollowUpState;
  /** Epoch ms when the follow-up was marked done. */
  followUpDoneAt?: number;
  notes?: string;
  /** v2 only: folded words for the old multi-entry index; v3 moved them to `searchBlocks`. */
  words?: string[];
}

/**
 * Since v2: every item we saw from a person (answered or not), so an author's
 * tone can be followed over time ("did a detractor become a fan?").
 */
export interface ItemRow {
  /** The item id as the adapter gives it (same key as responses.itemId and corrections). */
  id: string;
  site: string;
  authorKey?: string;
  authorName?: string;
  text: string;
  rating?: number;
  labels?: Labels;
  /** Effective tone (correction, else label). */
  tone?: Tone;
  pageUrl?: string;
  permalink?: string;
  /** Epoch ms of the item's own timestamp, when the page had one. */
  postedAt?: number;
  firstSeenAt: number;
  lastSeenAt: number;
  /** v6: what was done about it: the latest logged action, else 'repliedOnPage' (the owner's reply was on the page). */
  handled?: ResponseAction | 'repliedOnPage';
  /**
   * v6: present only while nothing was done about the item: its place in the inbox, worst and
   * oldest first (inbox.ts `inboxKey`). A sparse index, so the inbox reads only open items.
   */
  inbox?: string;
}

/** One person across visits on one site. */
export interface AuthorRow {
  key: string;
  site: string;
  name?: string;
  profileUrl?: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

/** A correction of an item's tone, kept per item so it shows wherever the item appears. */
export interface CorrectionRow {
  itemId: string;
  tone: Tone;
  correctedAt: number;
}

/** Stored playbooks and templates are validated with the Zod schemas in lib/playbooks on read. */
export interface PlaybookRow {
  id: string;
  order: number;
  data: unknown;
  updatedAt: number;
}

export interface TemplateRow {
  id: string;
  playbookId: string;
  order: number;
  data: unknown;
  updatedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A reply on its way into a page: the log row it becomes once the page took it (intents.ts). */
export interface IntentRow {
  /** Also the id of the response row it becomes. */
  id: string;
  /** The logResponse input (validated again when it is logged). */
  response: unknown;
  tabId: number;
  createdAt: number;
}

/** Responses of one site, week and effective tone (tallies.ts). */
export interface TallyRow {
  key: string;
  site: string;
  week: number;
  tone: Tone | 'unlabelled';
  responses: number;
  /** Since v6: responses that were answered (not ignored), and their reply delays by bucket (tallies.ts). */
  answered?: number;
  delays?: Record<number, number>;
}

/** Item figures of one site and week, kept on write (figures.ts). */
export interface FigureRow {
  key: string;
  site: string;
  week: number;
  /** Negative items first seen that week, and those replied to within 24 h of being seen. */
  negativesSeen: number;
  negativesIn24h: number;
  /** People whose later item (seen that week) was kinder than the one we answered. */
  turnarounds: number;
}

export const DB_NAME = 'replybook';

export class ReplybookDB extends Dexie {
  responses!: EntityTable<ResponseRow, 'id'>;
  authors!: EntityTable<AuthorRow, 'key'>;
  corrections!: EntityTable<CorrectionRow, 'itemId'>;
  playbooks!: EntityTable<PlaybookRow, 'id'>;
  templates!: EntityTable<TemplateRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  items!: EntityTable<ItemRow, 'id'>;
  searchBlocks!: EntityTable<SearchBlockRow, 'seq'>;
  intents!: EntityTable<IntentRow, 'id'>;
  tallies!: EntityTable<TallyRow, 'key'>;
  figures!: EntityTable<FigureRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1. Every later version gets an upgrade() and a test that seeds this shape.
    this.version(1).stores({
      responses: 'id, itemId, site, authorKey, tone, action, repliedAt, firstSeenAt, followUpAt, followUpState, [site+repliedAt]',
      authors: 'key, site, lastSeenAt',
      corrections: 'itemId',
      playbooks: 'id, order',
      templates: 'id, playbookId, order',
      settings: 'key',
    });
    // Version 2: compound indexes for the dashboard's filters, a multi-entry word
    // index for text search, follow-ups by state and time, and the items table.
    // Single indexes that a compound one starts with (site, tone, followUpState) and
    // unused ones (firstSeenAt, followUpAt) are dropped: each index entry costs
    // write time on every insert (see scripts/bench/storage.bench.ts).
    this.version(2)
      .stores({
        responses:
          'id, itemId, authorKey, action, repliedAt, [site+repliedAt], [site+tone+repliedAt], [tone+repliedAt], [followUpState+followUpAt], *words',
        items: 'id, site, authorKey, firstSeenAt, [authorKey+firstSeenAt]',
      })
      .upgrade(upgradeToVersion2);
    // Version 3: text search leaves the responses table. The `*words` index cost ~25
    // index writes per response (minutes for 100,000 rows); the words now live in
    // append-only `searchBlocks` (see search-index.ts), searched in memory. The blocks
    // also carry each response's site, action and reply time, so the action index goes.
    this.version(3)
      .stores({
        responses:
          'id, itemId, authorKey, repliedAt, [site+repliedAt], [site+tone+repliedAt], [tone+repliedAt], [followUpState+followUpAt]',
        // authorKey and firstSeenAt alone were never queried ([authorKey+firstSeenAt] serves both).
        items: 'id, site, [authorKey+firstSeenAt]',
        searchBlocks: 'seq',
      })
      .upgrade(upgradeToVersion3);
    // Version 4: write-ahead for Insert (intents.ts). A reply about to go into a page is
    // recorded here first and becomes a log row once the page took it, or on recovery.
    this.version(4).stores({ intents: 'id, createdAt' });
    // Version 5: responses counted per site, week and tone, kept on write (tallies.ts), so
    // the Numbers page does not read every row. Filled once from the stored responses.
    this.version(5)
      .stores({ tallies: 'key, site' })
      .upgrade(async (tx) => {
        const deltas = new Map<string, TallyRow>();
        await tx.table<ResponseRow, string>('responses').each((row) => {
          const week = weekStart(row.repliedAt);
          const tone = row.tone ?? 'unlabelled';
          const key = tallyKey(row.site, week, tone);
          const known = deltas.get(key);
          if (known) known.responses += 1;
          else deltas.set(key, { key, site: row.site, week, tone, responses: 1 });
        });
        await tx.table<TallyRow, string>('tallies').bulkPut([...deltas.values()]);
      });
    // Version 6: the inbox. Each item carries what was done about it and, while nothing was,
    // its inbox sort key (a sparse index: answered items are not in it), so the inbox pages
    // through open items by index instead of joining 30,000 items with the responses.
    this.version(6).stores({ items: 'id, site, [authorKey+firstSeenAt], inbox' }).upgrade(upgradeToVersion6);
    // Version 7: each tally also holds a histogram of reply delays (tallies.ts), so the
    // Numbers page's medians need no full read. Rebuilt from the stored responses.
    this.version(7)
      .stores({})
      .upgrade(async (tx) => {
        const rows: Array<Pick<ResponseRow, 'site' | 'repliedAt' | 'firstSeenAt' | 'action' | 'tone'>> = [];
        await tx.table<ResponseRow, string>('responses').each(({ site, repliedAt, firstSeenAt, action, tone }) => {
          rows.push({ site, repliedAt, firstSeenAt, action, ...(tone ? { tone } : {}) });
        });
        const tallies = tx.table<TallyRow, string>('tallies');
        await tallies.clear();
        await tallies.bulkPut(talliesFor(rows));
      });
    // Version 8: the item figures (negatives answered within 24 h, turnarounds) kept on write
    // per site and week (figures.ts), so the Numbers page reads no item or response. Built once.
    this.version(8)
      .stores({ figures: 'key, site' })
      .upgrade(async (tx) => {
        const [items, responses] = await Promise.all([
          tx.table<ItemRow, string>('items').toArray(),
          tx.table<ResponseRow, string>('responses').toArray(),
        ]);
        await tx.table<FigureRow, string>('figures').bulkPut(figuresFor(items, responses));
      });
  }
}

/** v5 → v6: each item's latest logged action and, while it has none, its inbox key. */
async function upgradeToVersion6(tx: Transaction): Promise<void> {
  const latest = new Map<string, { repliedAt: number; action: ResponseAction }>();
  await tx.table<ResponseRow, string>('responses').each((row) => {
    const seen = latest.get(row.itemId);
    if (!seen || row.repliedAt >= seen.repliedAt) latest.set(row.itemId, { repliedAt: row.repliedAt, action: row.action });
  });
  await tx
    .table<ItemRow, string>('items')
    .toCollection()
    .modify((row) => {
      const action = latest.get(row.id)?.action;
      if (action) row.handled = action;
      withInboxKey(row);
    });
}

/** v2 → v3: each response's words (recomputed from its text) go to the search blocks, oldest reply first. */
async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const entries: Parameters<typeof buildSearchBlocks>[0] = [];
  await tx
    .table<ResponseRow, string>('responses')
    .toCollection()
    .modify((row) => {
      const words = searchWords(row.itemText, row.replyText);
      const { id, repliedAt, site, action } = row;
      entries.push({ id, repliedAt, site, action, text: words.length ? ' ' + words.join(' ') : '' });
      delete row.words;
    });
  entries.sort((a, b) => a.repliedAt - b.repliedAt);
  await tx.table<SearchBlockRow, number>('searchBlocks').bulkPut(buildSearchBlocks(entries));
}

/**
 * v1 → v2: fill `words`, re-derive the effective tone from stored corrections,
 * and seed `items` from the responses (the only items v1 knew of).
 */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const corrections = new Map<string, Tone>();
  await tx.table<CorrectionRow, string>('corrections').each((row) => {
    corrections.set(row.itemId, row.tone);
  });
  const items = new Map<string, ItemRow>();
  await tx
    .table<ResponseRow, string>('responses')
    .toCollection()
    .modify((row) => {
      row.words = searchWords(row.itemText, row.replyText);
      const corrected = corrections.get(row.itemId) ?? row.toneCorrection;
      if (corrected) row.toneCorrection = corrected;
      const tone = effectiveTone(row.labels?.tone, corrected);
      if (tone) row.tone = tone;
      else delete row.tone;
      row.followUpState ??= 'none';
      const known = items.get(row.itemId);
      if (known) {
        known.firstSeenAt = Math.min(known.firstSeenAt, row.firstSeenAt);
        known.lastSeenAt = Math.max(known.lastSeenAt, row.repliedAt);
        return;
      }
      items.set(row.itemId, {
        id: row.itemId,
        site: row.site,
        ...(row.authorKey ? { authorKey: row.authorKey } : {}),
        ...(row.authorName ? { authorName: row.authorName } : {}),
        text: row.itemText,
        ...(row.rating !== undefined ? { rating: row.rating } : {}),
        ...(row.labels ? { labels: row.labels } : {}),
        ...(tone ? { tone } : {}),
        pageUrl: row.pageUrl,
        ...(row.permalink ? { permalink: row.permalink } : {}),
        firstSeenAt: row.firstSeenAt,
        lastSeenAt: row.repliedAt,
      });
    });
  await tx.table<ItemRow, string>('items').bulkPut([...items.values()]);
}

let shared: ReplybookDB | undefined;

/** The extension's database (one instance per context). Never opened from a content script. */
export function getDb(): ReplybookDB {
  shared ??= new ReplybookDB();
  return shared;
}
