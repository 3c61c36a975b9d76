import { useEffect, useRef, useState } from 'react';
import { importExportFile, parseExportFile, previewImport, TABLES, type ExportFile, type ImportPreview } from '@/lib/storage/export';
import { toStorageProblem, type StorageProblem } from '@/lib/storage/problems';
import { useDb } from './db-context';
import { tellPanelsLogChanged } from './log-changed';
import { excerpt, formatCount } from './format';
import { ProblemMessage } from './ProblemMessage';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; name: string; file: ExportFile; preview: ImportPreview }
  | { step: 'importing'; written: number; total: number }
  | { step: 'done'; result: ImportPreview };

/**
 * Import a JSON export: read the file, validate it, show what would be added
 * and skipped, then add it all in one transaction (or nothing, with the reason).
 * While rows are written it shows the count and a Cancel button (the transaction then
 * rolls back), and tells the page through `onBusyChange` so its other buttons wait.
 * `disabled`: the page is busy with something else (an export, a wipe).
 */
export function ImportPanel({ onBusyChange, disabled = false }: { onBusyChange?: (busy: boolean) => void; disabled?: boolean }) {
  const db = useDb();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [problem, setProblem] = useState<StorageProblem>();
  const cancel = useRef<AbortController>(undefined);
  const busy = state.step === 'reading' || state.step === 'importing';
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);
  // Leaving the page mid-import cancels it (nothing is written).
  useEffect(() => () => cancel.current?.abort(), []);

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

  const confirm = async (file: ExportFile, total: number) => {
    setProblem(undefined);
    setState({ step: 'importing', written: 0, total });
    const controller = new AbortController();
    cancel.current = controller;
    try {
      const result = await importExportFile(db, file, undefined, {
        signal: controller.signal,
        onProgress: (written, all) => setState({ step: 'importing', written, total: all }),
      });
      tellPanelsLogChanged();
      setState({ step: 'done', result });
    } catch (error) {
      setState({ step: 'idle' });
      setProblem(toStorageProblem(error));
    } finally {
      cancel.current = undefined;
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
          disabled={busy || disabled}
          onChange={(event) => {
            void onFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </label>
      {problem?.kind === 'cancelled' ? <p role="status">{problem.message}</p> : <ProblemMessage problem={problem} />}
      {problem && problem.kind !== 'cancelled' ? <p className="muted">Nothing was imported; your data is unchanged.</p> : null}
      {state.step === 'reading' ? <p className="muted">Reading…</p> : null}
      {state.step === 'importing' ? (
        <div className="import-progress">
          <p role="status">
            Importing {formatCount(state.written)} of {formatCount(state.total)}…
          </p>
          <progress max={state.total || 1} value={state.written} aria-label="Import progress" />{' '}
          <button type="button" onClick={() => cancel.current?.abort()}>
            Cancel import
          </button>
        </div>
      ) : null}
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
          <button type="button" disabled={state.preview.new === 0 || disabled} onClick={() => confirm(state.file, state.preview.new)}>
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
