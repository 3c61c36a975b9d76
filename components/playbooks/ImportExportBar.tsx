import { useState } from 'react';
import type { Playbook } from '@/lib/playbooks/schema';
import { resetToDefaults } from '@/lib/playbooks/store';
import type { ReplybookDB } from '@/lib/storage/db';
import type { usePlaybookImport } from './usePlaybookImport';

export interface ImportExportBarProps {
  db: ReplybookDB;
  playbooks: Playbook[];
  file: ReturnType<typeof usePlaybookImport>;
  run: (action: () => Promise<unknown>, done: string) => Promise<void>;
  /** Called after a reset, so the editor forgets its selection and draft. */
  onReset: () => void;
}

/** Export, import (checked and previewed before anything is written) and reset to the built-in playbooks. */
export function ImportExportBar({ db, playbooks, file, run, onReset }: ImportExportBarProps) {
  const [confirmReset, setConfirmReset] = useState(false);
  return (
    <>
      <div className="rb-pb-actions">
        <button type="button" onClick={() => void file.exportAll()}>
          Export JSON
        </button>
        <label htmlFor="rb-pb-import">Import JSON</label>
        <input
          id="rb-pb-import"
          ref={file.fileInput}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void file.choose(event.target.files?.[0])}
        />
        {confirmReset ? (
          <>
            <span>Replace all playbooks with the built-in ones? Your edits will be lost.</span>
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await resetToDefaults(db);
                  setConfirmReset(false);
                  onReset();
                }, 'Playbooks reset to the built-in ones.')
              }
            >
              Yes, reset
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)}>
            Reset to defaults
          </button>
        )}
      </div>
      {file.error && (
        <p role="alert" className="rb-error">
          {file.error}
        </p>
      )}
      {file.preview && (
        <section aria-label="Import preview" className="rb-pb-import-preview">
          <p>
            {file.preview.fileName}: {file.preview.playbooks.length} playbook{file.preview.playbooks.length === 1 ? '' : 's'},{' '}
            {file.preview.playbooks.reduce((sum, p) => sum + p.templates.length, 0)} templates.
          </p>
          <ul>
            {file.preview.playbooks.map((playbook) => (
              <li key={playbook.id}>
                {playbook.name} ({playbook.kind}, {playbook.templates.length} templates)
                {playbooks.some((p) => p.id === playbook.id) ? ' — replaces yours' : ' — new'}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void file.confirm('merge')}>
            Add and update
          </button>
          <button type="button" onClick={() => void file.confirm('replace')}>
            Replace all
          </button>
          <button type="button" onClick={file.cancel}>
            Cancel import
          </button>
        </section>
      )}
    </>
  );
}
