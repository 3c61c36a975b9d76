import { useState } from 'react';
import { importExportFile, parseExportFile, previewImport, TABLES, type ExportFile, type ImportPreview } from '@/lib/storage/export';
import { toStorageProblem, type StorageProblem } from '@/lib/storage/problems';
import { useDb } from './db-context';
import { tellPanelsLogChanged } from './log-changed';
import { excerpt } from './format';
import { ProblemMessage } from './ProblemMessage';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; name: string; file: ExportFile; preview: ImportPreview }
  | { step: 'importing' }
  | { step: 'done'; result: ImportPreview };

/**
 * Import a JSON export: read the file, validate it, show what would be added
 * and skipped, then add it all in one transaction (or nothing, with the reason).
 */
export function ImportPanel() {
  const db = useDb();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [problem, setProblem] = useState<StorageProblem>();

  const onFile = async (file: File | undefined) => {
    setProblem(undefined);
    if (!file) return;
    setState({ step: 'reading' });
    try {
      const parsed = parseExportFile(await file.text());
      setState({ step: 'preview', name: file.name, file: parsed, preview: await previewImport(db, parsed) });
    } catch (error) {
      setState({ step: 'idle' });
      setProblem(toStorageProblem(error));
    }
  };

  const confirm = async (file: ExportFile) => {
    setProblem(undefined);
    setState({ step: 'importing' });
    try {
      const result = await importExportFile(db, file);
      tellPanelsLogChanged();
      setState({ step: 'done', result });
    } catch (error) {
      setState({ step: 'idle' });
      setProblem(toStorageProblem(error));
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <label>
        Choose a Replybook export (JSON)
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            void onFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </label>
      <ProblemMessage problem={problem} />
      {problem ? <p className="muted">Nothing was imported; your data is unchanged.</p> : null}
      {state.step === 'reading' ? <p className="muted">Reading…</p> : null}
      {state.step === 'importing' ? <p className="muted">Importing…</p> : null}
      {state.step === 'preview' ? (
        <div className="preview">
          <table>
            <caption>
              {state.name}: {state.preview.new} new rows, {state.preview.duplicates} already here (skipped)
              {state.preview.repeatedInFile ? `, ${state.preview.repeatedInFile} repeated in this file (skipped)` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Table</th>
                <th scope="col">New</th>
                <th scope="col">Already here</th>
                <th scope="col">Repeated in this file</th>
              </tr>
            </thead>
            <tbody>
              {TABLES.map((table) => (
                <tr key={table}>
                  <th scope="row">{table}</th>
                  <td>{state.preview.byTable[table].new}</td>
                  <td>{state.preview.byTable[table].duplicates}</td>
                  <td>{state.preview.byTable[table].repeatedInFile}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.preview.repeatedInFile ? (
            <p className="problem" role="alert">
              This file has rows that share an id with an earlier row of the same table; only the first of each is imported. First repeated
              id:{' '}
              {Object.entries(state.preview.repeatedIds).map(([table, id]) => (
                <span key={table}>
                  {table} <code>{excerpt(id, 80)}</code>{' '}
                </span>
              ))}
            </p>
          ) : null}
          <button type="button" disabled={state.preview.new === 0} onClick={() => confirm(state.file)}>
            Import {state.preview.new} new rows
          </button>
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <p role="status">
          Imported {state.result.new} rows; skipped {state.result.duplicates} already here
          {state.result.repeatedInFile ? ` and ${state.result.repeatedInFile} repeated in the file` : ''}.
        </p>
      ) : null}
    </section>
  );
}
