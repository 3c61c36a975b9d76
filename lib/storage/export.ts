import Papa from 'papaparse';
import { z } from 'zod';
import { EpochMsSchema } from '@/lib/time';
import { LabelsSchema, ToneSchema } from '@/lib/classifier/labels';
import type { ItemRow, ReplybookDB, ResponseRow } from './db';
import { StorageProblemError, toStorageProblem, type StorageProblem } from './problems';
import { addResponseRows, describeZodError, FollowUpStateSchema, ResponseActionSchema } from './responses';

const epochMs = EpochMsSchema;
const text = (max: number) => z.string().max(max);

/** A logged response as it travels in an export file (the derived `words` index is left out). */
export const ResponseRowSchema = z.object({
  id: text(200).min(1),
  itemId: text(2048).min(1),
  site: text(100).min(1),
  pageUrl: text(4096),
  permalink: text(4096).optional(),
  authorKey: text(5000).optional(),
  authorName: text(500).optional(),
  itemText: text(1_000_000),
  rating: z.number().min(0).max(10).optional(),
  labels: LabelsSchema.optional(),
  toneCorrection: ToneSchema.optional(),
  tone: ToneSchema.optional(),
  playbookId: text(200).optional(),
  templateId: text(200).optional(),
  replyText: text(100_000),
  action: ResponseActionSchema,
  firstSeenAt: epochMs,
  repliedAt: epochMs,
  followUpAt: epochMs.optional(),
  followUpState: FollowUpStateSchema,
  followUpDoneAt: epochMs.optional(),
  notes: text(100_000).optional(),
});

export const AuthorRowSchema = z.object({
  key: text(5000).min(1),
  site: text(100).min(1),
  name: text(500).optional(),
  profileUrl: text(4096).optional(),
  firstSeenAt: epochMs,
  lastSeenAt: epochMs,
});

export const CorrectionRowSchema = z.object({ itemId: text(2048).min(1), tone: ToneSchema, correctedAt: epochMs });

export const ItemRowSchema = z.object({
  id: text(2048).min(1),
  site: text(100).min(1),
  authorKey: text(5000).optional(),
  authorName: text(500).optional(),
  text: text(1_000_000),
  rating: z.number().min(0).max(10).optional(),
  labels: LabelsSchema.optional(),
  tone: ToneSchema.optional(),
  pageUrl: text(4096).optional(),
  permalink: text(4096).optional(),
  postedAt: epochMs.optional(),
  firstSeenAt: epochMs,
  lastSeenAt: epochMs,
});

export const PlaybookRowSchema = z.object({ id: text(200).min(1), order: z.number(), data: z.unknown(), updatedAt: epochMs });
export const TemplateRowSchema = z.object({
  id: text(200).min(1),
  playbookId: text(200).min(1),
  order: z.number(),
  data: z.unknown(),
  updatedAt: epochMs,
});
export const SettingRowSchema = z.object({ key: text(200).min(1), value: z.unknown() });

/** Version 1 of the export file. A later version gets its own schema and a converter. */
export const ExportFileSchema = z.object({
  format: z.literal('replybook-export'),
  version: z.literal(1),
  /** ISO time of the export. */
  exportedAt: z.string().datetime({ offset: true }),
  responses: z.array(ResponseRowSchema),
  authors: z.array(AuthorRowSchema),
  corrections: z.array(CorrectionRowSchema),
  playbooks: z.array(PlaybookRowSchema),
  templates: z.array(TemplateRowSchema),
  settings: z.array(SettingRowSchema),
  /** Items seen but not necessarily answered (optional: older files lack it). */
  items: z.array(ItemRowSchema).optional(),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

export const TABLES = ['responses', 'authors', 'corrections', 'playbooks', 'templates', 'settings', 'items'] as const;
export type TableName = (typeof TABLES)[number];

function withoutWords(row: ResponseRow): ResponseRow {
  const { words: _words, ...rest } = row;
  return rest;
}

/** Everything in the database, read in one transaction so the file is consistent. */
export async function exportAll(db: ReplybookDB, now = Date.now()): Promise<ExportFile> {
  return db.transaction('r', db.tables, async () => {
    const [responses, authors, corrections, playbooks, templates, settings, items] = await Promise.all([
      db.responses.orderBy('repliedAt').toArray(),
      db.authors.toArray(),
      db.corrections.toArray(),
      db.playbooks.orderBy('order').toArray(),
      db.templates.toArray(),
      db.settings.toArray(),
      db.items.toArray(),
    ]);
    return {
      format: 'replybook-export' as const,
      version: 1 as const,
      exportedAt: new Date(now).toISOString(),
      responses: responses.map(withoutWords),
      authors,
      corrections,
      playbooks,
      templates,
      settings,
      items,
    };
  });
}

export async function exportJson(db: ReplybookDB, now = Date.now()): Promise<string> {
  return JSON.stringify(await exportAll(db, now));
}

/**
 * Parse an export file (text or already-parsed JSON).
 * @throws StorageProblemError naming the failing row and field, e.g.
 *   `responses[12].repliedAt: expected number, received string`.
 */
export function parseExportFile(input: unknown): ExportFile {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new StorageProblemError({
        kind: 'invalid',
        message: `This file is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== 'replybook-export') {
    throw new StorageProblemError({ kind: 'invalid', message: 'This is not a Replybook export file (format is not "replybook-export").' });
  }
  const version = (data as { version?: unknown }).version;
  if (version !== 1) {
    throw new StorageProblemError({
      kind: 'invalid',
      message: `This export has version ${JSON.stringify(version)}; this Replybook reads version 1.`,
    });
  }
  const result = ExportFileSchema.safeParse(data);
  if (!result.success) throw new StorageProblemError({ kind: 'invalid', message: describeZodError(result.error) });
  return result.data;
}

export interface TableCounts {
  new: number;
  /** Rows whose id is already stored (the stored row wins). */
  duplicates: number;
  /** Rows whose id appeared earlier in the same file (the first one is imported). */
  repeatedInFile: number;
}
export interface ImportPreview {
  new: number;
  duplicates: number;
  repeatedInFile: number;
  byTable: Record<TableName, TableCounts>;
  /** The first repeated id of each table that has one, so the user can find it in the file. */
  repeatedIds: Partial<Record<TableName, string>>;
}

function keyOf(table: TableName, row: Record<string, unknown>): string {
  const key = table === 'authors' || table === 'settings' ? row.key : table === 'corrections' ? row.itemId : row.id;
  return String(key);
}

function rowsOf(file: ExportFile, table: TableName): Array<Record<string, unknown>> {
  return (file[table] ?? []) as Array<Record<string, unknown>>;
}

interface TableSplit {
  fresh: Array<Record<string, unknown>>;
  duplicates: number;
  repeatedInFile: number;
  firstRepeated?: string;
}

/** Rows of each table that are not in the database yet (first of each id in the file). */
async function splitNew(db: ReplybookDB, file: ExportFile) {
  const split = {} as Record<TableName, TableSplit>;
  for (const table of TABLES) {
    const unique = new Map<string, Record<string, unknown>>();
    let repeatedInFile = 0;
    let firstRepeated: string | undefined;
    for (const row of rowsOf(file, table)) {
      const key = keyOf(table, row);
      if (unique.has(key)) {
        repeatedInFile += 1;
        firstRepeated ??= key;
      } else unique.set(key, row);
    }
    // All stored keys in one getAllKeys: far quicker than one get per imported row.
    const stored = new Set((await db.table(table).toCollection().primaryKeys()).map(String));
    const fresh = [...unique].flatMap(([key, row]) => (stored.has(key) ? [] : [row]));
    split[table] = { fresh, duplicates: unique.size - fresh.length, repeatedInFile, ...(firstRepeated !== undefined ? { firstRepeated } : {}) };
  }
  return split;
}

function summarize(split: Awaited<ReturnType<typeof splitNew>>): ImportPreview {
  const byTable = {} as Record<TableName, TableCounts>;
  const repeatedIds: Partial<Record<TableName, string>> = {};
  let fresh = 0;
  let duplicates = 0;
  let repeatedInFile = 0;
  for (const table of TABLES) {
    const { fresh: rows, duplicates: stored, repeatedInFile: repeated, firstRepeated } = split[table];
    byTable[table] = { new: rows.length, duplicates: stored, repeatedInFile: repeated };
    if (firstRepeated !== undefined) repeatedIds[table] = firstRepeated;
    fresh += rows.length;
    duplicates += stored;
    repeatedInFile += repeated;
  }
  return { new: fresh, duplicates, repeatedInFile, byTable, repeatedIds };
}

/** What an import would add and skip (rows whose id is already stored are duplicates). */
export async function previewImport(db: ReplybookDB, file: ExportFile): Promise<ImportPreview> {
  return db.transaction('r', db.tables, async () => summarize(await splitNew(db, file)));
}

function itemFromResponse(row: ResponseRow): ItemRow {
  return {
    id: row.itemId,
    site: row.site,
    ...(row.authorKey ? { authorKey: row.authorKey } : {}),
    ...(row.authorName ? { authorName: row.authorName } : {}),
    text: row.itemText,
    ...(row.rating !== undefined ? { rating: row.rating } : {}),
    ...(row.labels ? { labels: row.labels } : {}),
    ...(row.tone ? { tone: row.tone } : {}),
    pageUrl: row.pageUrl,
    ...(row.permalink ? { permalink: row.permalink } : {}),
    firstSeenAt: row.firstSeenAt,
    lastSeenAt: row.repliedAt,
  };
}

/**
 * Add the file's rows that are not stored yet, all or nothing in one
 * transaction. Stored rows win over the file's copies of the same id.
 */
export async function importExportFile(db: ReplybookDB, file: ExportFile): Promise<ImportPreview> {
  return db.transaction('rw', db.tables, async () => {
    const split = await splitNew(db, file);
    const responses = split.responses.fresh as unknown as ResponseRow[];
    await addResponseRows(db, responses);
    await db.authors.bulkAdd(split.authors.fresh as never[]);
    await db.corrections.bulkAdd(split.corrections.fresh as never[]);
    await db.playbooks.bulkAdd(split.playbooks.fresh as never[]);
    await db.templates.bulkAdd(split.templates.fresh as never[]);
    await db.settings.bulkAdd(split.settings.fresh as never[]);
    await db.items.bulkAdd(split.items.fresh as never[]);
    // Files without an items table: answered items still belong in people's history.
    const derived = new Map<string, ItemRow>();
    for (const row of responses) if (!derived.has(row.itemId)) derived.set(row.itemId, itemFromResponse(row));
    const storedItems = new Set((await db.items.toCollection().primaryKeys()).map(String));
    await db.items.bulkAdd([...derived].flatMap(([id, item]) => (storedItems.has(id) ? [] : [item])));
    return summarize(split);
  });
}

/** Parse and import in one go; problems come back as a StorageProblem, the database unchanged. */
export async function importJson(
  db: ReplybookDB,
  input: unknown,
): Promise<{ ok: true; result: ImportPreview } | { ok: false; problem: StorageProblem }> {
  try {
    return { ok: true, result: await importExportFile(db, parseExportFile(input)) };
  } catch (error) {
    return { ok: false, problem: toStorageProblem(error) };
  }
}

/** Delete every row of every table (the UI asks for a typed confirmation first). */
export async function wipeAll(db: ReplybookDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

// ---------------------------------------------------------------- CSV

export const CSV_COLUMNS = [
  'id',
  'repliedAt',
  'site',
  'authorName',
  'authorKey',
  'tone',
  'toneCorrection',
  'action',
  'itemText',
  'replyText',
  'rating',
  'firstSeenAt',
  'followUpState',
  'followUpAt',
  'followUpDoneAt',
  'playbookId',
  'templateId',
  'itemId',
  'pageUrl',
  'permalink',
  'notes',
  'labels',
] as const satisfies ReadonlyArray<keyof ResponseRow>;

const NUMBER_COLUMNS = new Set<string>(['repliedAt', 'rating', 'firstSeenAt', 'followUpAt', 'followUpDoneAt']);
const REQUIRED_TEXT_COLUMNS = new Set<string>(['id', 'site', 'itemText', 'replyText', 'itemId', 'pageUrl', 'action', 'followUpState']);

/**
 * Spreadsheets run cells that start with = + - @ as formulas. Such cells (and
 * cells starting with the escape mark itself) get a leading apostrophe, which
 * parseResponsesCsv removes again, so the round trip is exact.
 */
function escapeCell(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}
function unescapeCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** The log as CSV (RFC 4180: every field quoted, CRLF between records). */
export function responsesToCsv(rows: ResponseRow[]): string {
  const data = rows.map((row) =>
    CSV_COLUMNS.map((column) => {
      const value = row[column];
      if (value === undefined) return '';
      return escapeCell(column === 'labels' ? JSON.stringify(value) : String(value));
    }),
  );
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { quotes: true, newline: '\r\n' });
}

export async function exportCsv(db: ReplybookDB): Promise<string> {
  return responsesToCsv((await db.responses.orderBy('repliedAt').toArray()).map(withoutWords));
}

/**
 * Read a CSV written by responsesToCsv back into response rows.
 * @throws StorageProblemError naming the row and field (`responses[3].repliedAt: ...`).
 */
export function parseResponsesCsv(csv: string): ResponseRow[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, newline: '\r\n', skipEmptyLines: true });
  const fatal = parsed.errors[0];
  if (fatal) {
    throw new StorageProblemError({
      kind: 'invalid',
      message: `responses[${fatal.row ?? '?'}]: ${fatal.message}`,
    });
  }
  return parsed.data.map((record, index) => {
    const row: Record<string, unknown> = {};
    for (const column of CSV_COLUMNS) {
      const raw = record[column];
      if (raw === undefined) continue;
      const value = unescapeCell(raw);
      if (value === '' && !REQUIRED_TEXT_COLUMNS.has(column)) continue;
      if (NUMBER_COLUMNS.has(column)) row[column] = Number(value);
      else if (column === 'labels') {
        try {
          row[column] = JSON.parse(value);
        } catch {
          throw new StorageProblemError({ kind: 'invalid', message: `responses[${index}].labels: not valid JSON` });
        }
      } else row[column] = value;
    }
    const result = ResponseRowSchema.safeParse(row);
    if (!result.success) {
      throw new StorageProblemError({ kind: 'invalid', message: describeZodError(result.error, `responses[${index}]`) });
    }
    return result.data as ResponseRow;
  });
}
