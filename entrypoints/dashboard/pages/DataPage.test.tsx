import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DbProvider } from '@/entrypoints/dashboard/components/db-context';
import type { ReplybookDB, ResponseRow } from '@/lib/storage/db';
import { exportAll, exportJson } from '@/lib/storage/export';
import { freshDb, makeResponse } from '@/lib/storage/testing';
import { addResponseRows, logResponse } from '@/lib/storage/writes';
import { DataPage } from './DataPage';

const T0 = 1_700_000_000_000;
let db: ReplybookDB;
afterEach(async () => {
  await db.delete();
});

/** A JSON export of `count` new responses. */
async function exportOf(count: number): Promise<string> {
  const other = freshDb();
  await addResponseRows(
    other,
    Array.from(
      { length: count },
      (_, index): ResponseRow => ({
        id: `new-${index}`,
        itemId: `new-item-${index}`,
        site: 'yelp',
        pageUrl: 'https://example.com/',
        itemText: `Item ${index}`,
        tone: 'negative',
        replyText: 'Sorry',
        action: 'inserted',
        firstSeenAt: T0 + index * 1000,
        repliedAt: T0 + index * 1000 + 60_000,
        followUpState: 'none',
      }),
    ),
  );
  const text = await exportJson(other, T0);
  await other.delete();
  return text;
}

/**
 * Holds the import inside its transaction once its `n`th response chunk is written, until
 * released: the transaction stays open (a read keeps it busy), so the test can look at the
 * page mid-import and press Cancel at a known point. The writes themselves are real.
 */
function pauseAfterChunk(n: number) {
  let release!: () => void;
  let reached!: () => void;
  let released = false;
  const hasPaused = new Promise<void>((resolve) => (reached = resolve));
  const original = db.responses.bulkAdd.bind(db.responses);
  let calls = 0;
  db.responses.bulkAdd = (async (...args: Parameters<typeof original>) => {
    const result = await original(...args);
    calls += 1;
    if (calls === n) {
      reached();
      while (!released) await db.settings.get('keep-the-transaction-busy');
    }
    return result;
  }) as typeof original;
  new Promise<void>((resolve) => (release = resolve)).then(() => (released = true));
  return { hasPaused, release: () => release() };
}

function renderPage() {
  render(
    <DbProvider db={db}>
      <DataPage />
    </DbProvider>,
  );
}

// Thousands of rows through fake-indexeddb: seconds on a quiet machine, much longer on a loaded
// one, hence the long timeouts (nothing here measures time).
describe('Data page while an import runs', () => {
  it('shows the count, disables the other buttons, and Cancel leaves the log as it was', async () => {
    db = freshDb();
    await logResponse(db, makeResponse({ repliedAt: T0 }));
    const before = await exportAll(db, T0);
    const text = await exportOf(3000);
    renderPage();
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Choose a Replybook export (JSON)'),
      new File([text], 'big.json', { type: 'application/json' }),
    );
    const importButton = await screen.findByRole('button', { name: 'Import 3000 new rows' }, { timeout: 60_000 });
    const gate = pauseAfterChunk(2);
    await user.click(importButton);
    await gate.hasPaused;

    // 2,000 responses written (the second chunk is held); 3,000 responses + 3,000 items to write.
    expect((await screen.findByText(/^Importing/)).textContent).toBe('Importing 2,000 of 6,000…');
    expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('value')).toBe('2000');
    for (const name of [/Export everything/, /Export the log/, /^Delete everything$/]) {
      expect(screen.getByRole('button', { name }).hasAttribute('disabled'), String(name)).toBe(true);
    }
    expect(screen.getByLabelText('Choose a Replybook export (JSON)').hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Cancel import' }));
    gate.release();
    expect((await screen.findByText(/^Import cancelled/, undefined, { timeout: 60_000 })).textContent).toMatch(/your data is unchanged/);
    expect(await exportAll(db, T0)).toEqual(before);
    expect(await db.responses.count()).toBe(1);
    expect(await db.tallies.count()).toBe(before.responses.length);
    await waitFor(() => expect(screen.getByRole('button', { name: /Export everything/ }).hasAttribute('disabled')).toBe(false));
    expect(screen.getByLabelText('Choose a Replybook export (JSON)').hasAttribute('disabled')).toBe(false);
    expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull();
  }, 180_000);

  it('without Cancel, the import finishes and the buttons come back', async () => {
    db = freshDb();
    const text = await exportOf(1500);
    renderPage();
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Choose a Replybook export (JSON)'),
      new File([text], 'big.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Import 1500 new rows' }, { timeout: 60_000 }));
    expect((await screen.findByText(/^Imported 1500 rows/, undefined, { timeout: 60_000 })).textContent).toMatch(/skipped 0/);
    expect(await db.responses.count()).toBe(1500);
    // The panel reports "not busy" right after it shows the result: the buttons come back in the next render.
    await waitFor(() => expect(screen.getByRole('button', { name: /Export everything/ }).hasAttribute('disabled')).toBe(false));
  }, 180_000);
});
