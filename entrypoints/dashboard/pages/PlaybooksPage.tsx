import { useDb } from '@/entrypoints/dashboard/components/db-context';
import { PlaybookEditor } from '@/components/playbooks/PlaybookEditor';

/** Playbooks and templates: edit, reorder, reset, import and export. */
export function PlaybooksPage() {
  return (
    // Not a landmark: the editor's own "Playbooks" region would share its name.
    <div className="page">
      <h1 id="playbooks-title">Playbooks</h1>
      <PlaybookEditor db={useDb()} />
    </div>
  );
}
