import { useDb } from '@/components/dashboard/db-context';
import { PlaybookEditor } from '@/components/playbooks/PlaybookEditor';

/** Playbooks and templates: edit, reorder, reset, import and export. */
export function PlaybooksPage() {
  return (
    <section aria-labelledby="playbooks-title">
      <h1 id="playbooks-title">Playbooks</h1>
      <PlaybookEditor db={useDb()} />
    </section>
  );
}
