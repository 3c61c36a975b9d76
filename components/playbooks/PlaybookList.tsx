import { useState } from 'react';
import type { Playbook } from '@/lib/playbooks/schema';
import { deletePlaybook, duplicatePlaybook, movePlaybook } from '@/lib/playbooks/store';
import type { ReplybookDB } from '@/lib/storage/db';

export interface PlaybookListProps {
  db: ReplybookDB;
  playbooks: Playbook[];
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  run: (action: () => Promise<unknown>, done: string) => Promise<void>;
}

/** The playbooks in order, each with select, move, duplicate and delete (delete asks first). */
export function PlaybookList({ db, playbooks, selectedId, onSelect, run }: PlaybookListProps) {
  const [confirmDelete, setConfirmDelete] = useState<string | undefined>();
  return (
    <ol>
      {playbooks.map((playbook, index) => (
        <li key={playbook.id} aria-current={playbook.id === selectedId ? 'true' : undefined}>
          <button
            type="button"
            onClick={() => {
              setConfirmDelete(undefined);
              onSelect(playbook.id);
            }}
          >
            {playbook.name}
          </button>{' '}
          <span className="rb-hint">
            ({playbook.kind}, {playbook.templates.length} templates)
          </span>{' '}
          <button
            type="button"
            aria-label={`Move ${playbook.name} up`}
            disabled={index === 0}
            onClick={() => void run(() => movePlaybook(db, playbook.id, -1), `Moved “${playbook.name}” up.`)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move ${playbook.name} down`}
            disabled={index === playbooks.length - 1}
            onClick={() => void run(() => movePlaybook(db, playbook.id, 1), `Moved “${playbook.name}” down.`)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={`Duplicate ${playbook.name}`}
            onClick={() =>
              void run(async () => {
                const copy = await duplicatePlaybook(db, playbook.id);
                onSelect(copy.id);
              }, `Duplicated “${playbook.name}”.`)
            }
          >
            Duplicate
          </button>
          {confirmDelete === playbook.id ? (
            <>
              <button
                type="button"
                onClick={() =>
                  void run(async () => {
                    await deletePlaybook(db, playbook.id);
                    setConfirmDelete(undefined);
                    onSelect(undefined);
                  }, `Deleted “${playbook.name}”.`)
                }
              >
                Yes, delete {playbook.name}
              </button>
              <button type="button" onClick={() => setConfirmDelete(undefined)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" aria-label={`Delete ${playbook.name}`} onClick={() => setConfirmDelete(playbook.id)}>
              Delete
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
