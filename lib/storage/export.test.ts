// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplybookDB, ResponseRow } from './db';
import Papa from 'papaparse';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ITEM_FLAGS } from '@/lib/classifier/labels';
import { DEFAULT_SETTINGS, SAMPLE_PROFILE } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/storage';
import {
  exportAll,
  isoInTimeZone,
  SETTINGS_ROW_KEY,
  exportJson,
  importExportFile,
  importJson,
  parseExportFile,
  parseResponsesCsv,
  previewImport,
  responsesToCsv,
} from './export';
import { attempt } from './problems';
import { addResponseRows, logResponse, recordItemsSeen, setToneCorrection, wipeAll } from './writes';
import { freshDb, labelsFor, makeItem, makeResponse } from './testing';

const T0 = 1_700_000_000_000;
let db: ReplybookDB;
afterEach(async () => {
  await db?.delete();
});

/** Text that breaks naive CSV/JSON handling. */
const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        '"',
        ',',
        '\n',
        '\r\n',
        '\r',
        "'",
        '=SUM(A1)',
        '+1',
        '-',
        '@x',
        '\t',
        '😀',
        '👩‍👩‍👧',
        'שלום',
        'مرحبا',
        '\u200f',
        ' ',
        'a',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

async function seedVaried(texts: Array<{ item: string; reply: string; notes: string }>) {
  for (const [index, text] of texts.entries()) {
    await logResponse(
      db,
      makeResponse({
        item: { text: text.item, author: `Author ${index % 3}`, authorUrl: undefined, rating: index % 6 },
        replyText: text.reply,
        notes: text.notes || undefined,
        tone: (['negative', 'neutral', 'positive'] as const)[index % 3],
        repliedAt: T0 + index,
        followUpAt: index % 2 ? T0 + 1000 + index : undefined,
      }),
    );
  }
}

async function seedOtherTables() {
  await setToneCorrection(db, (await db.responses.toCollection().first())!.itemId, 'positive', T0);
  await recordItemsSeen(db, [{ item: makeItem({ id: 'unanswered' }), labels: labelsFor('neutral') }], T0);
  await db.playbooks.add({ id: 'p1', order: 0, data: { name: 'Fans', nested: [1, 'two'] }, updatedAt: T0 });
  await db.templates.add({ id: 't1', playbookId: 'p1', order: 0, data: { text: 'Thanks {{author}}!' }, updatedAt: T0 });
  await db.settings.add({ key: 'sites', value: { yelp: true } });
}

/** Each response's entry in the search blocks (the derived text-search data). */
async function searchTextsById(): Promise<Record<string, string>> {
  const entries: Array<[string, string]> = [];
  for (const block of await db.searchBlocks.toArray()) block.ids.forEach((id, i) => entries.push([id, block.texts[i]!]));
  expect(entries.length).toBe(await db.responses.count());
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('JSON export and import', () => {
  it('export → wipe → import gives back equal data (odd text, property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ item: oddText, reply: oddText, notes: oddText }), { minLength: 1, maxLength: 8 }),
        async (texts) => {
          db = freshDb();
          await seedVaried(texts);
          await seedOtherTables();
          const exported = await exportAll(db, T0);
          const json = JSON.stringify(exported);
          const searchTextsBefore = await searchTextsById();
          await wipeAll(db);
          expect(await db.responses.count()).toBe(0);
          const result = await importJson(db, json);
          expect(result.ok).toBe(true);
          expect(await exportAll(db, T0)).toEqual(exported);
          // The derived search entries are rebuilt on import, one per response.
          expect(await searchTextsById()).toEqual(searchTextsBefore);
          await db.delete();
        },
      ),
      { numRuns: 15 },
    );
  });

  it('round-trips a 100 KB comment', async () => {
    db = freshDb();
    const long = 'Line with "quotes", commas, and\nnew lines 😀 שלום. '.repeat(2000);
    expect(long.length).toBeGreaterThan(100_000);
    await seedVaried([{ item: long, reply: long.slice(0, 90_000), notes: long }]);
    const json = await exportJson(db, T0);
    await wipeAll(db);
    await importJson(db, json);
    expect((await db.responses.toArray())[0]).toMatchObject({ itemText: long, notes: long });
  });

  it('previews and skips rows already stored (dedupe by id)', async () => {
    db = freshDb();
    await seedVaried([
      { item: 'a', reply: 'b', notes: '' },
      { item: 'c', reply: 'd', notes: '' },
    ]);
    await seedOtherTables();
    const file = await exportAll(db, T0);
    const extra = { ...file.responses[0]!, id: 'new-one', replyText: 'fresh' };
    const withExtra = { ...file, responses: [...file.responses, extra, { ...extra, replyText: 'second copy' }] };
    const preview = await previewImport(db, withExtra);
    // Two stored rows are "already here"; the second copy of new-one is reported as repeated in the file.
    expect(preview.byTable.responses).toEqual({ new: 1, duplicates: 2, repeatedInFile: 1 });
    expect(preview.repeatedIds).toEqual({ responses: 'new-one' });
    expect(preview.repeatedInFile).toBe(1);
    expect(preview.byTable.playbooks).toEqual({ new: 0, duplicates: 1, repeatedInFile: 0 });
    expect(preview.new).toBe(1);
    const result = await importExportFile(db, withExtra);
    expect(result).toEqual(preview);
    expect(await db.responses.count()).toBe(3);
    expect((await db.responses.get('new-one'))?.replyText).toBe('fresh');
  });

  it('names the failing row and field and leaves the database unchanged', async () => {
    db = freshDb();
    await seedVaried([{ item: 'keep me', reply: 'r', notes: '' }]);
    const file = await exportAll(db, T0);
    const before = await exportAll(db, T0);
    const rows = Array.from({ length: 13 }, (_, index) => ({ ...file.responses[0]!, id: `n${index}` }));
    (rows[12] as unknown as Record<string, unknown>).repliedAt = '2024-01-01';
    const bad = { ...file, responses: rows };
    const result = await importJson(db, JSON.stringify(bad));
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'invalid', message: 'responses[12].repliedAt: expected number, received string' },
    });
    expect(await exportAll(db, T0)).toEqual(before);
    expect(() => parseExportFile('{not json')).toThrow(/not JSON/);
    expect(() => parseExportFile({ format: 'other' })).toThrow(/not a Replybook export/);
    expect(() => parseExportFile({ ...file, version: 2 })).toThrow(/version 2/);
    expect(() => parseExportFile({ ...file, authors: [{ key: 'k' }] })).toThrow(/^authors\[0\]\.site: /);
  });

  it('a quota error inside the import transaction loses nothing and reports quota', async () => {
    db = freshDb();
    await seedVaried([{ item: 'stored', reply: 'r', notes: '' }]);
    const before = await exportAll(db, T0);
    // A new response about a new item: the item write (its chunk) fails after the response's.
    const file = { ...before, responses: [{ ...before.responses[0]!, id: 'other', itemId: 'other-item' }], authors: [] };
    db.items.bulkAdd = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const result = await importJson(db, file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind).toBe('quota');
    expect(!result.ok && result.problem.message).toMatch(/no room/);
    expect(await db.responses.get('other')).toBeUndefined();
    expect(await exportAll(db, T0)).toEqual(before);
  });

  it('a quota error while recording items rolls back the items written before it', async () => {
    db = freshDb();
    db.authors.bulkPut = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const result = await attempt(() => recordItemsSeen(db, [{ item: makeItem() }], T0));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'quota' } });
    expect(await db.items.count()).toBe(0);
  });
});

describe('import progress and cancel', () => {
  /** An export of `count` new responses (each with its item and author). */
  async function bigFile(count: number) {
    const other = freshDb();
    await addResponseRows(
      other,
      Array.from(
        { length: count },
        (_, index): ResponseRow => ({
          id: `big-${index}`,
          itemId: `big-item-${index}`,
          site: index % 2 ? 'yelp' : 'x',
          pageUrl: 'https://example.com/',
          itemText: `Item ${index} about cold soup`,
          tone: 'negative',
          replyText: 'Sorry',
          action: 'inserted',
          firstSeenAt: T0 + index * 1000,
          repliedAt: T0 + index * 1000 + 60_000,
          followUpState: 'none',
        }),
      ),
    );
    const file = await exportAll(other, T0);
    await other.delete();
    return file;
  }

  it('reports the rows written after each chunk, up to the total', async () => {
    db = freshDb();
    const file = await bigFile(2500);
    const seen: Array<[number, number]> = [];
    await importExportFile(db, file, undefined, { chunkSize: 1000, onProgress: (written, total) => seen.push([written, total]) });
    // 2,500 responses and the 2,500 items derived from them.
    expect(seen).toEqual([
      [0, 5000],
      [1000, 5000],
      [2000, 5000],
      [2500, 5000],
      [3500, 5000],
      [4500, 5000],
      [5000, 5000],
    ]);
    expect(await db.responses.count()).toBe(2500);
  }, 120_000);

  it('a cancelled import leaves no rows: the chunks already written roll back', async () => {
    db = freshDb();
    await seedVaried([{ item: 'stored', reply: 'r', notes: 'kept' }]);
    const before = await exportAll(db, T0);
    const [tallies, blocks] = [await db.tallies.toArray(), await db.searchBlocks.toArray()];
    const file = await bigFile(3000);
    const controller = new AbortController();
    let writtenWhenCancelled = 0;
    const result = await attempt(() =>
      importExportFile(db, file, undefined, {
        chunkSize: 1000,
        signal: controller.signal,
        onProgress: (written) => {
          if (written >= 2000 && !controller.signal.aborted) {
            writtenWhenCancelled = written;
            controller.abort();
          }
        },
      }),
    );
    expect(writtenWhenCancelled).toBe(2000);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'cancelled' } });
    expect(await db.responses.count()).toBe(1);
    expect(await db.items.count()).toBe(before.items?.length ?? 0);
    expect(await exportAll(db, T0)).toEqual(before);
    expect(await db.tallies.toArray()).toEqual(tallies);
    expect(await db.searchBlocks.toArray()).toEqual(blocks);
  }, 120_000);
});

describe('CSV', () => {
  function rowsOf(texts: Array<{ item: string; reply: string; notes: string }>): ResponseRow[] {
    return texts.map((text, index) => ({
      id: `r${index}`,
      itemId: `i${index}`,
      site: 'yelp',
      pageUrl: 'https://www.yelp.com/biz/x',
      authorName: text.notes || undefined,
      itemText: text.item,
      replyText: text.reply,
      labels: labelsFor('negative'),
      tone: 'negative',
      action: 'inserted',
      firstSeenAt: T0,
      repliedAt: T0 + index * 1000, // the CSV keeps times to the second
      rating: index % 6,
      followUpState: 'none',
      ...(text.notes ? { notes: text.notes } : {}),
    })) as ResponseRow[];
  }
  // The CSV carries labels as plain columns, not the scores and reasons: rows come back without them.
  const clean = (rows: ResponseRow[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key, value]) => value !== undefined && key !== 'labels')));

  it('round-trips quotes, commas, newlines, formulas, emoji and right-to-left text', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ item: oddText, reply: oddText, notes: oddText }), { maxLength: 10 }), (texts) => {
        const rows = rowsOf(texts);
        expect(clean(parseResponsesCsv(responsesToCsv(rows)))).toEqual(clean(rows));
      }),
      { numRuns: 200 },
    );
  });

  it('defuses spreadsheet formulas and round-trips a 100 KB comment', () => {
    const rows = rowsOf([{ item: '=HYPERLINK("x")', reply: "'already", notes: '' }]);
    const csv = responsesToCsv(rows);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(parseResponsesCsv(csv)[0]).toMatchObject({ itemText: '=HYPERLINK("x")', replyText: "'already" });
    const long = rowsOf([{ item: 'a,"b"\n'.repeat(20_000), reply: 'x', notes: '' }]);
    expect(parseResponsesCsv(responsesToCsv(long))[0]!.itemText).toBe(long[0]!.itemText);
  });

  it('names the row and field of a bad CSV value', () => {
    const csv = responsesToCsv(
      rowsOf([
        { item: 'a', reply: 'b', notes: '' },
        { item: 'c', reply: 'd', notes: '' },
      ]),
      'UTC',
    );
    const broken = csv.replace(`"${new Date(T0 + 1000).toISOString().slice(0, 19)}+00:00"`, '"soon"');
    expect(broken).not.toBe(csv);
    expect(() => parseResponsesCsv(broken)).toThrow('responses[1].repliedAt: expected number, received NaN');
  });
});

describe('CSV people can open', () => {
  const row = (over: Partial<ResponseRow> = {}): ResponseRow =>
    ({
      id: 'r1',
      itemId: 'i1',
      site: 'yelp',
      pageUrl: 'https://www.yelp.com/biz/x',
      itemText: '@everyone this is -bad',
      replyText: '+1 sorry',
      labels: { ...labelsFor('negative'), flags: ['complaint', 'refund', 'sarcasm'], topics: ['delivery'] },
      tone: 'negative',
      action: 'inserted',
      firstSeenAt: Date.UTC(2026, 6, 1, 8, 0, 0),
      repliedAt: Date.UTC(2026, 6, 1, 9, 30, 15, 258), // summer: New York is UTC-4
      followUpAt: Date.UTC(2026, 11, 24, 17, 5, 0), // winter: UTC-5
      followUpState: 'due',
      ...over,
    }) as ResponseRow;
  const records = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

  it('writes times as ISO 8601 in the given time zone, with the offset of that day', () => {
    const [record] = records(responsesToCsv([row()], 'America/New_York'));
    expect(record!.repliedAt).toBe('2026-07-01T05:30:15-04:00');
    expect(record!.firstSeenAt).toBe('2026-07-01T04:00:00-04:00');
    expect(record!.followUpAt).toBe('2026-12-24T12:05:00-05:00');
    expect(records(responsesToCsv([row()], 'Asia/Kolkata'))[0]!.repliedAt).toBe('2026-07-01T15:00:15+05:30');
    expect(records(responsesToCsv([row()], 'UTC'))[0]!.repliedAt).toBe('2026-07-01T09:30:15+00:00');
    expect(Date.parse(record!.repliedAt!)).toBe(Date.UTC(2026, 6, 1, 9, 30, 15));
    expect(isoInTimeZone(Date.UTC(2026, 0, 1), 'Pacific/Chatham')).toBe('2026-01-01T13:45:00+13:45');
  });

  it('has one column per label: the tone, each flag and each topic, no JSON', () => {
    const csv = responsesToCsv([row(), row({ id: 'r2', labels: undefined })], 'UTC');
    const header = csv.split('\r\n')[0]!;
    expect(header).not.toContain('"labels"');
    const [first, second] = records(csv);
    expect(first).toMatchObject({
      labelTone: 'negative',
      flag_complaint: 'yes',
      flag_refund: 'yes',
      flag_abusive: '',
      topic_delivery: 'yes',
      topic_price: '',
    });
    expect(Object.keys(first!).filter((key) => key.startsWith('flag_'))).toHaveLength(ITEM_FLAGS.length);
    expect(first).toMatchObject({ flag_sarcasm: 'yes', flag_spam: '', flag_hazard: '' });
    expect(second).toMatchObject({ labelTone: '', flag_complaint: '' });
    expect(csv).not.toMatch(/[{}]/);
  });

  it('prefixes cells that start with a tab or a carriage return too, and gives them back exactly', () => {
    const csv = responsesToCsv([row({ notes: '\t=cmd', authorName: '\r@SUM(A1)', replyText: 'plain - reply' })], 'UTC');
    const [record] = records(csv);
    expect(record).toMatchObject({ notes: "'\t=cmd", authorName: "'\r@SUM(A1)", replyText: 'plain - reply' });
    expect(parseResponsesCsv(csv)[0]).toMatchObject({ notes: '\t=cmd', authorName: '\r@SUM(A1)', replyText: 'plain - reply' });
  });

  it('prefixes cells a spreadsheet would run as a formula', () => {
    const [record] = records(responsesToCsv([row({ notes: '=1+1' })], 'UTC'));
    expect(record).toMatchObject({ itemText: "'@everyone this is -bad", replyText: "'+1 sorry", notes: "'=1+1" });
    for (const value of Object.values(record!)) expect(value).not.toMatch(/^[=+\-@]/);
    expect(parseResponsesCsv(responsesToCsv([row({ notes: '=1+1' })], 'UTC'))[0]).toMatchObject({
      itemText: '@everyone this is -bad',
      notes: '=1+1',
    });
  });
});

describe('JSON export with the settings', () => {
  const saved = { ...DEFAULT_SETTINGS, profile: SAMPLE_PROFILE, followUpDays: 5, onboarded: true };

  it('includes the saved settings, and a fresh browser takes them on import', async () => {
    db = freshDb();
    await seedVaried([{ item: 'a', reply: 'b', notes: '' }]);
    await saveSettings(saved, db);
    const file = await exportAll(db, T0);
    expect(file.settings).toContainEqual({ key: SETTINGS_ROW_KEY, value: saved });
    await db.delete();

    fakeBrowser.reset(); // another browser: nothing saved yet
    db = freshDb();
    const preview = await previewImport(db, parseExportFile(JSON.stringify(file)));
    expect(preview.byTable.settings).toMatchObject({ new: 1, duplicates: 0 });
    const result = await importJson(db, JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect(await loadSettings(db)).toEqual(saved);
    expect(await db.responses.count()).toBe(1);
    expect((await db.settings.get(SETTINGS_ROW_KEY))?.value).toEqual(saved); // the settings row, checked like the rest
  });

  it('keeps settings already saved here (stored wins, as for rows)', async () => {
    db = freshDb();
    await saveSettings(saved, db);
    const file = await exportAll(db, T0);
    const mine = { ...saved, profile: { ...SAMPLE_PROFILE, brand: 'Mine' } };
    await saveSettings(mine, db);
    expect((await previewImport(db, file)).byTable.settings).toMatchObject({ new: 0, duplicates: 1 });
    expect((await importJson(db, file)).ok).toBe(true);
    expect(await loadSettings(db)).toEqual(mine);
  });

  it('refuses a file with bad settings as a whole, naming the field', async () => {
    db = freshDb();
    const file = await exportAll(db, T0, saved);
    const bad = { ...file, settings: [{ key: SETTINGS_ROW_KEY, value: { ...saved, followUpDays: 500 } }], responses: [] };
    const result = await importJson(db, bad);
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', message: expect.stringMatching(/^settings\[0\]\.value\.followUpDays: /) },
    });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('puts the settings back when the database part of the import fails', async () => {
    db = freshDb();
    await seedVaried([{ item: 'a', reply: 'b', notes: '' }]);
    const file = await exportAll(db, T0, saved);
    await db.delete();
    db = freshDb();
    db.items.bulkAdd = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const result = await importJson(db, file);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'quota' } });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(await db.responses.count()).toBe(0);
  });
});
describe('time bounds', () => {
  it('refuses a whole import with repliedAt 1e20, naming the row and the value', async () => {
    db = freshDb();
    await logResponse(db, makeResponse({ replyText: 'keep me' }));
    const file = await exportAll(db, T0);
    const bad = { ...file, responses: [{ ...file.responses[0]!, id: 'far', repliedAt: 1e20 }] };
    const result = await importJson(db, JSON.stringify(bad));
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'invalid',
        message: 'responses[0].repliedAt: expected a time between 1970-01-01 and 2100-01-01 (ms since 1970), got 100000000000000000000',
      },
    });
    expect(await db.responses.count()).toBe(1);
  });

  it('refuses a logged response with a time of 9e15', async () => {
    db = freshDb();
    const outcome = await attempt(() => logResponse(db, makeResponse({ repliedAt: 9e15 })));
    expect(outcome).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', message: expect.stringContaining('repliedAt: expected a time between') },
    });
    expect(await db.responses.count()).toBe(0);
  });
});
