import { useEffect, useState } from 'react';
import { useDb } from '@/entrypoints/dashboard/components/db-context';
import { formatBytes } from '@/entrypoints/dashboard/components/format';
import { ImportPanel } from '@/entrypoints/dashboard/components/ImportPanel';
import { ProblemMessage } from '@/entrypoints/dashboard/components/ProblemMessage';
import { exportCsv, exportJson } from '@/lib/storage/export';
import { wipeAll } from '@/lib/storage/writes';
import { tellPanelsLogChanged } from '@/entrypoints/dashboard/components/log-changed';
import {
  isPersisted,
  requestPersistence,
  storageUsage,
  toStorageProblem,
  type StorageProblem,
  type StorageUsage,
} from '@/lib/storage/problems';

const CONFIRM_WORD = 'DELETE';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function DataPage() {
  const db = useDb();
  const [problem, setProblem] = useState<StorageProblem>();
  const [status, setStatus] = useState('');
  const [usage, setUsage] = useState<StorageUsage>();
  const [persisted, setPersisted] = useState<boolean>();
  const [confirmText, setConfirmText] = useState('');
  // While an import writes, or an export or wipe runs, the other buttons wait.
  const [importing, setImporting] = useState(false);
  const [running, setRunning] = useState(false);
  const busy = importing || running;

  const refresh = () => {
    storageUsage().then(setUsage, () => setUsage({}));
    isPersisted().then(setPersisted, () => setPersisted(false));
  };
  useEffect(refresh, []);

  const run = async (what: string, action: () => Promise<void>) => {
    setProblem(undefined);
    setStatus(`${what}…`);
    setRunning(true);
    try {
      await action();
      setStatus(`${what}: done.`);
    } catch (error) {
      setStatus('');
      setProblem(toStorageProblem(error));
    } finally {
      setRunning(false);
    }
    refresh();
  };

  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title">Data</h1>
      <ProblemMessage problem={problem} />
      <p role="status">{status}</p>

      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p className="muted">Everything stays on this computer; exports are files you keep.</p>
        <button
          type="button"
          disabled={busy}
          onClick={() => run('Export JSON', async () => download(`replybook-${stamp()}.json`, 'application/json', await exportJson(db)))}
        >
          Export everything: log, people, playbooks and settings (JSON)
        </button>{' '}
        <button
          type="button"
          disabled={busy}
          onClick={() => run('Export CSV', async () => download(`replybook-log-${stamp()}.csv`, 'text/csv', await exportCsv(db)))}
        >
          Export the log (CSV)
        </button>
      </section>

      <ImportPanel onBusyChange={setImporting} disabled={running} />

      <section aria-labelledby="storage-title">
        <h2 id="storage-title">Storage</h2>
        <p>
          Used: {formatBytes(usage?.usage)} of {formatBytes(usage?.quota)} available to Replybook.
        </p>
        <p>
          {persisted === undefined
            ? 'Checking whether the browser keeps this data…'
            : persisted
              ? 'The browser keeps this data even when disk space runs low.'
              : 'The browser may clear this data when disk space runs low.'}
        </p>
        {persisted === false ? (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('Ask the browser to keep the data', async () => {
                const granted = await requestPersistence();
                if (!granted) setStatus('The browser did not agree to keep the data; export it now and then.');
              })
            }
          >
            Ask the browser to keep this data
          </button>
        ) : null}
      </section>

      <section aria-labelledby="wipe-title" className="danger">
        <h2 id="wipe-title">Delete everything</h2>
        <p>This deletes the whole log, people, corrections, playbooks, templates and settings. Export first.</p>
        <label>
          Type {CONFIRM_WORD} to confirm
          <input value={confirmText} onChange={(event) => setConfirmText(event.target.value)} autoComplete="off" />
        </label>{' '}
        <button
          type="button"
          disabled={confirmText !== CONFIRM_WORD || busy}
          onClick={() =>
            run('Delete everything', async () => {
              // The settings are a row of the database too, so this clears the profile as well.
              await wipeAll(db);
              tellPanelsLogChanged();
              setConfirmText('');
            })
          }
        >
          Delete everything
        </button>
      </section>
    </section>
  );
}
