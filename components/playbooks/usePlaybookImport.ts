import { useRef, useState } from 'react';
import { parsePlaybookImport } from '@/lib/playbooks/io';
import type { Playbook } from '@/lib/playbooks/schema';
import { exportPlaybooks, importAll, type ImportMode } from '@/lib/playbooks/store';
import type { ReplybookDB } from '@/lib/storage/db';
import { downloadText } from './draft';

export interface ImportPreview {
  fileName: string;
  text: string;
  playbooks: Playbook[];
}

/**
 * Import and export of the playbook file: a chosen file is checked whole first (all or
 * nothing) and previewed; only a confirmed import writes.
 */
export function usePlaybookImport(db: ReplybookDB, onDone: (status: string) => void) {
  const [preview, setPreview] = useState<ImportPreview | undefined>();
  const [error, setError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    setError('');
    setPreview(undefined);
    if (!file) return;
    const text = await file.text();
    const parsed = parsePlaybookImport(text);
    if (!parsed.ok) {
      setError(`${file.name} was not imported, nothing changed. ${parsed.error}`);
      return;
    }
    setPreview({ fileName: file.name, text, playbooks: parsed.data });
  };

  const confirm = async (mode: ImportMode) => {
    if (!preview) return;
    const result = await importAll(db, preview.text, mode);
    if (!result.ok) {
      setError(`${preview.fileName} was not imported, nothing changed. ${result.error}`);
      return;
    }
    setPreview(undefined);
    if (fileInput.current) fileInput.current.value = '';
    onDone(`Imported ${result.count} playbook${result.count === 1 ? '' : 's'} from ${preview.fileName}.`);
  };

  const exportAll = async () => {
    const text = await exportPlaybooks(db);
    downloadText(`replybook-playbooks-${new Date().toISOString().slice(0, 10)}.json`, text);
    onDone('Exported playbooks as JSON.');
  };

  return { preview, error, fileInput, choose, confirm, cancel: () => setPreview(undefined), exportAll };
}
