import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { readPlaybooks } from '@/lib/playbooks/store';
import type { Profile } from '@/lib/settings/schema';
import { getDb, type ReplybookDB } from '@/lib/storage/db';
import { ImportExportBar } from './ImportExportBar';
import { PhraseSection } from './PhraseSection';
import { PlaybookFields } from './PlaybookFields';
import { PlaybookList } from './PlaybookList';
import { TemplateList } from './TemplateList';
import { usePlaybookDraft } from './usePlaybookDraft';
import { usePlaybookImport } from './usePlaybookImport';
import { usePreviewSamples } from './usePreviewSamples';

export interface PlaybookEditorProps {
  db?: ReplybookDB;
  /** The replier's profile, so the wording preview uses their brand, channel and business words (the sample profile when absent). */
  profile?: Profile;
}

/**
 * Lists, edits, reorders, duplicates and deletes playbooks, their templates and their
 * wording per language; resets to the defaults; imports and exports them as JSON. Reads
 * live from Dexie. State lives in the hooks; each section displays one part.
 */
export function PlaybookEditor({ db: givenDb, profile }: PlaybookEditorProps) {
  const db = givenDb ?? getDb();
  const stored = useLiveQuery(() => readPlaybooks(db), [db]);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const playbooks = stored?.playbooks ?? [];
  const selected = playbooks.find((p) => p.id === selectedId) ?? playbooks[0];
  const editing = usePlaybookDraft(db, selected);
  const samples = usePreviewSamples(db);
  const file = usePlaybookImport(db, (status) => {
    editing.setDirty(false);
    editing.setStatus(status);
  });

  const select = (id: string | undefined) => {
    setSelectedId(id);
    editing.load(playbooks.find((p) => p.id === id));
  };

  if (!stored) return <p role="status">Loading playbooks…</p>;
  const { draft } = editing;

  return (
    <div className="rb-playbook-editor">
      <section aria-labelledby="rb-pb-list-title" className="rb-pb-list">
        <h2 id="rb-pb-list-title">Playbooks</h2>
        {stored.isDefault && <p className="rb-hint">These are the built-in playbooks. Your first change saves your own copy.</p>}
        {stored.invalid.length > 0 && (
          <div role="alert" className="rb-error">
            {stored.invalid.length} stored playbook{stored.invalid.length === 1 ? '' : 's'} could not be read and{' '}
            {stored.invalid.length === 1 ? 'is' : 'are'} hidden (kept in the database):
            <ul>
              {stored.invalid.map((bad) => (
                <li key={bad.id}>
                  {bad.id}: {bad.error}
                </li>
              ))}
            </ul>
          </div>
        )}
        <PlaybookList db={db} playbooks={playbooks} selectedId={selected?.id} onSelect={select} run={editing.run} />
        <p className="rb-hint">When two playbooks cover the same situation, the higher one is used.</p>
        <ImportExportBar
          db={db}
          playbooks={playbooks}
          file={file}
          run={editing.run}
          onReset={() => {
            setSelectedId(undefined);
            editing.setDirty(false);
          }}
        />
        <p role="status" aria-live="polite">
          {editing.status}
        </p>
      </section>

      {draft && (
        <section aria-labelledby="rb-pb-edit-title" className="rb-pb-edit">
          <h2 id="rb-pb-edit-title">Edit “{draft.name || 'playbook'}”</h2>
          <PlaybookFields draft={draft} change={editing.change} />
          <PhraseSection draft={draft} change={editing.change} {...(profile ? { profile } : {})} />
          <TemplateList
            draft={draft}
            playbooks={playbooks}
            change={editing.change}
            changeTemplate={editing.changeTemplate}
            samples={samples}
            {...(profile ? { profile } : {})}
            {...(editing.failedTemplate ? { failedTemplate: editing.failedTemplate } : {})}
          />
          <div className="rb-pb-save">
            <button type="button" onClick={() => void editing.save()} disabled={!editing.dirty}>
              Save playbook
            </button>
            <button type="button" disabled={!editing.dirty} onClick={editing.discard}>
              Discard changes
            </button>
          </div>
          {editing.error && (
            <p role="alert" className="rb-error">
              {editing.error}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
