import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';

/** Where a stored value that fails validation is copied before the defaults are used. */
export const CORRUPT_SETTINGS_KEY = 'local:settingsCorrupt' as const;

/**
 * The settings in extension storage. Version 1; a later shape change bumps `version` and
 * adds `migrations[n]` turning the previous shape into the new one (WXT runs them on
 * first read). Values are Zod-checked on every read, never trusted as typed.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  version: 1,
  fallback: DEFAULT_SETTINGS,
  migrations: {},
});

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

/**
 * The current settings. A stored value that no longer parses is copied to
 * CORRUPT_SETTINGS_KEY (so nothing is lost) and the defaults are returned.
 */
export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const backup = await storage.getItem<{ savedAt: number; value: unknown }>(CORRUPT_SETTINGS_KEY);
  if (JSON.stringify(backup?.value) !== JSON.stringify(raw)) {
    await storage.setItem(CORRUPT_SETTINGS_KEY, { savedAt: Date.now(), value: raw });
  }
  return DEFAULT_SETTINGS;
}

/** Validates and stores settings; on failure nothing is written and the field errors are returned. */
export async function saveSettings(input: unknown): Promise<{ ok: true; settings: Settings } | { ok: false; errors: FieldErrors }> {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  await settingsItem.setValue(parsed.data);
  return { ok: true, settings: parsed.data };
}

/** Applies a change to the stored settings (read, change, validate, write). */
export async function updateSettings(change: (current: Settings) => Settings): Promise<ReturnType<typeof saveSettings>> {
  return saveSettings(change(await loadSettings()));
}

/** Calls back with validated settings whenever they change in any context. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const parsed = SettingsSchema.safeParse(value);
    callback(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
