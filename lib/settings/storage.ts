import { liveQuery } from 'dexie';
import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import { getDb, type ReplybookDB } from '@/lib/storage/db';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';

/**
 * Where the settings live: the extension's IndexedDB (`settings` table, row SETTINGS_ROW).
 * Content scripts run in the page's origin and cannot open it, whereas every content
 * script can write `chrome.storage.local` (Chrome offers no access level for it), so a
 * compromised page could have rewritten the profile every reply carries.
 *
 * Content scripts need only the per-site on/off switches: the extension publishes them
 * to SITE_SWITCHES_KEY in storage.local whenever settings are saved. That copy is a hint
 * for the content script (a forged one can at most show or hide badges); the background
 * checks the real settings before storing anything.
 */
export const SETTINGS_ROW = 'settings';
/** Settings before they moved to IndexedDB; read once by the migration, then removed. */
export const LEGACY_SETTINGS_KEY = 'local:settings' as const;
/** Where a stored value that fails validation is copied before the defaults are used. */
export const CORRUPT_SETTINGS_KEY = 'local:settingsCorrupt' as const;
/** The read-only-by-convention copy of the site switches that content scripts read. */
export const SITE_SWITCHES_KEY = 'local:siteSwitches' as const;

export interface SiteSwitches {
  sites: Record<string, boolean>;
  updatedAt: number;
}

/** Field path → message, for showing errors beside form controls ("profile.email"). */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(form)';
    errors[key] ??= issue.message;
  }
  return errors;
}

async function keepCorrupt(raw: unknown) {
  const backup = await storage.getItem<{ savedAt: number; value: unknown }>(CORRUPT_SETTINGS_KEY);
  if (JSON.stringify(backup?.value) !== JSON.stringify(raw)) {
    await storage.setItem(CORRUPT_SETTINGS_KEY, { savedAt: Date.now(), value: raw });
  }
}

async function publishSiteSwitches(settings: Settings) {
  await storage.setItem<SiteSwitches>(SITE_SWITCHES_KEY, { sites: settings.sites, updatedAt: Date.now() });
}

/**
 * Moves settings from storage.local into IndexedDB, once: the first read finds no row,
 * copies the legacy value (or the defaults) into the row, and only then removes the
 * legacy key. A legacy value that does not parse is kept under CORRUPT_SETTINGS_KEY.
 */
async function migrateFromLocal(db: ReplybookDB): Promise<Settings> {
  const legacy = await storage.getItem<unknown>(LEGACY_SETTINGS_KEY);
  let settings = DEFAULT_SETTINGS;
  if (legacy !== null && legacy !== undefined) {
    const parsed = SettingsSchema.safeParse(legacy);
    if (parsed.success) settings = parsed.data;
    else await keepCorrupt(legacy);
  }
  // `add`, not `put`: if another context migrated meanwhile, its row wins.
  const added = await db.settings.add({ key: SETTINGS_ROW, value: settings }).then(
    () => true,
    () => false,
  );
  if (!added) return readRow(db);
  await publishSiteSwitches(settings);
  if (legacy !== null && legacy !== undefined) await storage.removeItem(LEGACY_SETTINGS_KEY);
  return settings;
}

async function readRow(db: ReplybookDB): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ROW);
  const parsed = SettingsSchema.safeParse(row?.value);
  if (parsed.success) return parsed.data;
  if (row) await keepCorrupt(row.value);
  return DEFAULT_SETTINGS;
}

/**
 * The current settings, Zod-checked. A stored value that no longer parses is copied
 * to CORRUPT_SETTINGS_KEY (so nothing is lost) and the defaults are returned.
 */
export async function loadSettings(db: ReplybookDB = getDb()): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ROW);
  if (!row) return migrateFromLocal(db);
  return readRow(db);
}

/** Validates and stores settings; on failure nothing is written and the field errors are returned. */
export async function saveSettings(
  input: unknown,
  db: ReplybookDB = getDb(),
): Promise<{ ok: true; settings: Settings } | { ok: false; errors: FieldErrors }> {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  await db.settings.put({ key: SETTINGS_ROW, value: parsed.data });
  await publishSiteSwitches(parsed.data);
  return { ok: true, settings: parsed.data };
}

/** Applies a change to the stored settings (read, change, validate, write). */
export async function updateSettings(
  change: (current: Settings) => Settings,
  db: ReplybookDB = getDb(),
): Promise<ReturnType<typeof saveSettings>> {
  return saveSettings(change(await loadSettings(db)), db);
}

/** Calls back with validated settings whenever they change in any extension page (Dexie's live queries). */
export function watchSettings(callback: (settings: Settings) => void, db: ReplybookDB = getDb()): () => void {
  const subscription = liveQuery(() => db.settings.get(SETTINGS_ROW)).subscribe({
    next: (row) => {
      if (!row) return;
      const parsed = SettingsSchema.safeParse(row.value);
      callback(parsed.success ? parsed.data : DEFAULT_SETTINGS);
    },
    error: (error: unknown) => console.warn('[replybook] could not watch settings', error),
  });
  return () => subscription.unsubscribe();
}
