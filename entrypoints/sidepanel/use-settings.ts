import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/storage';

/**
 * The user's settings (profile, follow-up delay), live; defaults while unset or
 * unreadable. `loaded` is false until the first read, so nothing renders with an
 * empty profile by mistake.
 */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState<{ settings: Settings; loaded: boolean }>({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let live = true;
    void loadSettings().then((settings) => live && setState({ settings, loaded: true }));
    const stop = watchSettings((settings) => live && setState({ settings, loaded: true }));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
