import Papa from 'papaparse';
import { z } from 'zod';
import { ITEM_FLAGS, LabelsSchema, TOPICS, ToneSchema } from '@/lib/classifier/labels';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/lib/settings/schema';
import { EpochMsSchema } from '@/lib/time';
import type { ItemRow, ReplybookDB, ResponseRow } from './db';
import { StorageProblemError, toStorageProblem, type StorageProblem } from './problems';
import { describeZodError, FollowUpStateSchema, ResponseActionSchema } from './schemas';
import { addImportedRows, type ImportProgress } from './writes';

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
  /** v6: what was done about it (the inbox key is derived again on import). */
  handled: z.enum(['inserted', 'copied', 'answered', 'ignored', 'repliedOnPage']).optional(),
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

/**
 * The extension's settings (profile, sites, follow-up delay) are this one row of the
 * `settings` table (lib/settings/storage.ts SETTINGS_ROW). In the file they are checked with
 * SettingsSchema and applied only where no settings were saved yet (stored wins, as for rows).
 */
export const SETTINGS_ROW_KEY = 'settings';

/** Where import reads and writes the extension's settings (swappable in tests). */
export interface SettingsStore {
  load(db: ReplybookDB): Promise<Settings>;
  /** The stored value as is, to put back if the import fails. */
  readRaw(db: ReplybookDB): Promise<unknown>;
  writeRaw(value: unknown, db: ReplybookDB): Promise<void>;
}
/**
 * The settings row. With extension storage (the extension's pages) the settings module reads
 * it (with its one-time migration) and publishes the site switches on write; in plain pages
 * (the storage benchmark) the row is read and written directly.
 */
const hasExtensionStorage = () => Boolean((globalThis as { chrome?: { storage?: { local?: unknown } } }).chrome?.storage?.local);
const settingsStorage = () => import('@/lib/settings/storage');
export const extensionSettingsStore: SettingsStore = {
  load: async (db) => {
    if (hasExtensionStorage()) return (await settingsStorage()).loadSettings(db);
    const parsed = SettingsSchema.safeParse((await db.settings.get(SETTINGS_ROW_KEY))?.value);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  },
  readRaw: async (db) => (await db.settings.get(SETTINGS_ROW_KEY))?.value,
  writeRaw: async (value, db) => {
    if (value === undefined) await db.settings.delete(SETTINGS_ROW_KEY);
    else if (hasExtensionStorage()) await (await settingsStorage()).saveSettings(value, db);
    else await db.settings.put({ key: SETTINGS_ROW_KEY, value });
  },
};

function withoutWords(row: ResponseRow): ResponseRow {
  const { words: _words, ...rest } = row;
  return rest;
}

/**
 * Everything in the database, read in one transaction so the file is consistent,
 * and the extension's settings (read from extension storage unless given).
 */
export async function exportAll(db: ReplybookDB, now = Date.now(), settingsValue?: Settings): Promise<ExportFile> {
  const extensionSettings = settingsValue ?? (await extensionSettingsStore.load(db));
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
      settings: [...settings.filter((row) => row.key !== SETTINGS_ROW_KEY), { key: SETTINGS_ROW_KEY, value: extensionSettings }],
      items,
    };
  });
}

export async function exportJson(db: ReplybookDB, now = Date.now(), settingsValue?: Settings): Promise<string> {
  return JSON.stringify(await exportAll(db, now, settingsValue));
}

/** The file's extension settings, checked (a file without them gives undefined). */
function settingsInFile(file: ExportFile): Settings | undefined {
  const index = file.settings.findIndex((row) => row.key === SETTINGS_ROW_KEY);
  if (index < 0) return undefined;
  const parsed = SettingsSchema.safeParse(file.settings[index]!.value);
  if (!parsed.success) {
    throw new StorageProblemError({ kind: 'invalid', message: describeZodError(parsed.error, `settings[${index}].value`) });
  }
  // Settings never saved there (the defaults) are nothing to bring over.
  if (isUnset(parsed.data)) return undefined;
  // Extra sites need this browser's permission, which only a click on Settings can grant.
  return { ...parsed.data, extraSites: [] };
}

/** Stored settings win, as stored rows do: the file's apply only where none were ever saved. */
function isUnset(settings: Settings): boolean {
  // The contact fields say whether a profile was ever filled (business, languages and facts have defaults).
  const { brand, replierName, signature, email, phone, dmHandle, supportUrl } = settings.profile;
  return !settings.onboarded && [brand, replierName, signature, email, phone, dmHandle, supportUrl].every((value) => !value);
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
  settingsInFile(result.data);
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
      if (table === 'settings' && row.key === SETTINGS_ROW_KEY) continue; // counted below, not a database row
      const key = keyOf(table, row);
      if (unique.has(key)) {
        repeatedInFile += 1;
        firstRepeated ??= key;
      } else unique.set(key, row);
    }
    // All stored keys in one getAllKeys: far quicker than one get per imported row.
    const stored = new Set((await db.table(table).toCollection().primaryKeys()).map(String));
    const fresh = [...unique].flatMap(([key, row]) => (stored.has(key) ? [] : [row]));
    split[table] = {
      fresh,
      duplicates: unique.size - fresh.length,
      repeatedInFile,
      ...(firstRepeated !== undefined ? { firstRepeated } : {}),
    };
  }
  return split;
}

/** The preview's counts, with the extension settings as one more row of `settings`. */
function withSettingsCount(preview: ImportPreview, file: ExportFile, storedSettings: Settings): ImportPreview {
  if (!settingsInFile(file)) return preview;
  const key = isUnset(storedSettings) ? 'new' : 'duplicates';
  const settings = { ...preview.byTable.settings, [key]: preview.byTable.settings[key] + 1 };
  return { ...preview, [key]: preview[key] + 1, byTable: { ...preview.byTable, settings } };
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
export async function previewImport(
  db: ReplybookDB,
  file: ExportFile,
  store: SettingsStore = extensionSettingsStore,
): Promise<ImportPreview> {
  const storedSettings = await store.load(db);
  const preview = await db.transaction('r', db.tables, async () => summarize(await splitNew(db, file)));
  return withSettingsCount(preview, file, storedSettings);
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
 * transaction. Stored rows win over the file's copies of the same id, and stored
 * settings over the file's. The file's settings are written first and put back
 * if the database part fails, so nothing changes unless everything does.
 */
export async function importExportFile(
  db: ReplybookDB,
  file: ExportFile,
  store: SettingsStore = extensionSettingsStore,
  progress: ImportProgress = {},
): Promise<ImportPreview> {
  const incoming = settingsInFile(file);
  const storedSettings = await store.load(db);
  const applySettings = incoming !== undefined && isUnset(storedSettings);
  const before = applySettings ? await store.readRaw(db) : undefined;
  if (applySettings) await store.writeRaw(incoming, db);
  try {
    return withSettingsCount(await importRows(db, file, progress), file, storedSettings);
  } catch (error) {
    if (applySettings) await store.writeRaw(before, db);
    throw error;
  }
}

function importRows(db: ReplybookDB, file: ExportFile, progress: ImportProgress): Promise<ImportPreview> {
  return db.transaction('rw', db.tables, async () => {
    const split = await splitNew(db, file);
    const responses = split.responses.fresh as unknown as ResponseRow[];
    // Files without an items table: answered items still belong in people's history.
    const derived = new Map<string, ItemRow>();
    for (const row of responses) if (!derived.has(row.itemId)) derived.set(row.itemId, itemFromResponse(row));
    const fileItemIds = new Set(split.items.fresh.map((item) => String((item as { id: unknown }).id)));
    const storedItems = new Set((await db.items.toCollection().primaryKeys()).map(String));
    const derivedItems = [...derived].flatMap(([id, item]) => (storedItems.has(id) || fileItemIds.has(id) ? [] : [item]));
    await addImportedRows(
      db,
      {
        responses,
        authors: split.authors.fresh,
        corrections: split.corrections.fresh,
        playbooks: split.playbooks.fresh,
        templates: split.templates.fresh,
        settings: split.settings.fresh,
        items: [...split.items.fresh, ...derivedItems],
      },
      progress,
    );
    return summarize(split);
  });
}

/** Parse and import in one go; problems come back as a StorageProblem, the database unchanged. */
export async function importJson(
  db: ReplybookDB,
  input: unknown,
  store: SettingsStore = extensionSettingsStore,
): Promise<{ ok: true; result: ImportPreview } | { ok: false; problem: StorageProblem }> {
  try {
    return { ok: true, result: await importExportFile(db, parseExportFile(input), store) };
  } catch (error) {
    return { ok: false, problem: toStorageProblem(error) };
  }
}

// ---------------------------------------------------------------- CSV

/** The log's own fields, in the file's column order (labels follow, one column each). */
export const CSV_FIELD_COLUMNS = [
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
] as const satisfies ReadonlyArray<keyof ResponseRow>;

/**
 * The labels as plain columns a spreadsheet can filter: the classifier's tone, then
 * "yes" or empty per flag (the reading step's too: spam, sarcasm, safety…) and per topic
 * (no JSON to unpack).
 */
export const CSV_LABEL_COLUMNS = [
  'labelTone',
  ...ITEM_FLAGS.map((flag) => `flag_${flag}`),
  ...TOPICS.map((topic) => `topic_${topic}`),
] as const;
export const CSV_COLUMNS = [...CSV_FIELD_COLUMNS, ...CSV_LABEL_COLUMNS];

const TIME_COLUMNS = new Set<string>(['repliedAt', 'firstSeenAt', 'followUpAt', 'followUpDoneAt']);
const NUMBER_COLUMNS = new Set<string>(['rating']);
const REQUIRED_TEXT_COLUMNS = new Set<string>(['id', 'site', 'itemText', 'replyText', 'itemId', 'pageUrl', 'action', 'followUpState']);

/** The user's time zone, as the browser reports it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * An ISO 8601 time in the given zone with its offset, to the second:
 * `2026-12-03T11:14:10+01:00`. Spreadsheets read it as a date; the offset keeps it exact.
 */
export function isoInTimeZone(epochMs: number, timeZone: string): string {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormats.set(timeZone, format);
  }
  const whole = Math.floor(epochMs / 1000) * 1000;
  const part = Object.fromEntries(format.formatToParts(whole).map(({ type, value }) => [type, value]));
  const year = Number(part.year);
  const wall = Date.UTC(year, Number(part.month) - 1, Number(part.day), Number(part.hour), Number(part.minute), Number(part.second));
  const offset = Math.round((wall - whole) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const date = `${String(year).padStart(4, '0')}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
  return `${date}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/**
 * Spreadsheets run cells that start with = + - @ as formulas. Such cells (and
 * cells starting with the escape mark itself) get a leading apostrophe, which
 * parseResponsesCsv removes again, so the round trip of text is exact.
 */
function escapeCell(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}
function unescapeCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

function labelCells(row: ResponseRow): string[] {
  const labels = row.labels;
  if (!labels) return CSV_LABEL_COLUMNS.map(() => '');
  return [
    labels.tone,
    ...ITEM_FLAGS.map((flag) => (labels.flags.includes(flag) ? 'yes' : '')),
    ...TOPICS.map((topic) => (labels.topics.includes(topic) ? 'yes' : '')),
  ];
}

/**
 * The log as CSV (RFC 4180: every field quoted, CRLF between records): times as ISO
 * 8601 in the user's time zone, one column per label, formula-safe cells.
 */
export function responsesToCsv(rows: ResponseRow[], timeZone = localTimeZone()): string {
  const data = rows.map((row) => [
    ...CSV_FIELD_COLUMNS.map((column) => {
      const value = row[column];
      if (value === undefined) return '';
      return escapeCell(TIME_COLUMNS.has(column) ? isoInTimeZone(value as number, timeZone) : String(value));
    }),
    ...labelCells(row),
  ]);
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { quotes: true, newline: '\r\n' });
}

export async function exportCsv(db: ReplybookDB, timeZone = localTimeZone()): Promise<string> {
  return responsesToCsv((await db.responses.orderBy('repliedAt').toArray()).map(withoutWords), timeZone);
}

/**
 * Read a CSV written by responsesToCsv back into response rows: texts exactly, times
 * to the second; the labels' scores and reasons are not in the CSV, so rows come back
 * without labels (the JSON export keeps everything).
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
    for (const column of CSV_FIELD_COLUMNS) {
      const raw = record[column];
      if (raw === undefined) continue;
      const value = unescapeCell(raw);
      if (value === '' && !REQUIRED_TEXT_COLUMNS.has(column)) continue;
      if (TIME_COLUMNS.has(column)) row[column] = Date.parse(value);
      else if (NUMBER_COLUMNS.has(column)) row[column] = Number(value);
      else row[column] = value;
    }
    const result = ResponseRowSchema.safeParse(row);
    if (!result.success) {
      throw new StorageProblemError({ kind: 'invalid', message: describeZodError(result.error, `responses[${index}]`) });
    }
    return result.data as ResponseRow;
  });
}
