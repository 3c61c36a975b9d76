import { useEffect, useState } from 'react';
import { useDb } from '@/entrypoints/dashboard/components/db-context';
import { PlaybookEditor } from '@/components/playbooks/PlaybookEditor';
import type { Profile } from '@/lib/settings/schema';
import { watchSettings } from '@/lib/settings/storage';

/** Playbooks and templates: edit, reorder, reset, import and export; the wording preview uses the user's own profile. */
export function PlaybooksPage() {
  const db = useDb();
  const [profile, setProfile] = useState<Profile | undefined>();
  useEffect(() => watchSettings((settings) => setProfile(settings.profile), db), [db]);
  return (
    // Not a landmark: the editor's own "Playbooks" region would share its name.
    <div className="page">
      <h1 id="playbooks-title">Playbooks</h1>
      <PlaybookEditor db={db} {...(profile ? { profile } : {})} />
    </div>
  );
}
