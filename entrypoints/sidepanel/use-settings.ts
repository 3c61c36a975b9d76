import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/lib/settings/schema';

/** The user's settings (profile, follow-up delay), live; defaults while unset or unreadable. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const apply = (raw: unknown) => {
      const parsed = SettingsSchema.safeParse(raw ?? {});
      setSettings(parsed.success ? parsed.data : DEFAULT_SETTINGS);
    };
    void browser.storage.local.get('settings').then((got) => apply(got.settings));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && 'settings' in changes) apply(changes.settings?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return settings;
}
