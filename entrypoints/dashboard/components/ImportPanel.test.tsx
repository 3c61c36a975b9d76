import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplybookDB } from '@/lib/storage/db';
import { exportAll } from '@/lib/storage/export';
import { logResponse } from '@/lib/storage/writes';
import { freshDb, makeResponse } from '@/lib/storage/testing';
import { DbProvider } from './db-context';
import { ImportPanel } from './ImportPanel';

const T0 = 1_700_000_000_000;
let db: ReplybookDB;
afterEach(async () => {
  await db.delete();
});

function renderPanel() {
  render(
    <DbProvider db={db}>
      <ImportPanel />
    </DbProvider>,
  );
  return screen.getByLabelText('Choose a Replybook export (JSON)');
}

describe('ImportPanel', () => {
  it('shows the failing row and field, imports nothing', async () => {
    db = freshDb();
    await logResponse(db, makeResponse({ repliedAt: T0 }));
    const file = await exportAll(db, T0);
    const rows = Array.from({ length: 13 }, (_, index) => ({ ...file.responses[0]!, id: `n${index}` }));
    (rows[12] as unknown as Record<string, unknown>).repliedAt = 'yesterday';
    const text = JSON.stringify({ ...file, responses: rows });
    const user = userEvent.setup();
    await user.upload(renderPanel(), new File([text], 'broken.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('responses[12].repliedAt: expected number, received string');
    expect(screen.getByText(/Nothing was imported/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Import \d+ new rows/ })).toBeNull();
    expect(await db.responses.count()).toBe(1);
  });

  it('says when a file is not JSON at all', async () => {
    db = freshDb();
    const user = userEvent.setup();
    await user.upload(renderPanel(), new File(['id,site\n1,yelp'], 'log.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This file is not JSON/);
  });

  it('previews new and duplicate rows, then imports on confirmation', async () => {
    db = freshDb();
    await logResponse(db, makeResponse({ repliedAt: T0 }));
    const other = freshDb();
    await logResponse(other, makeResponse({ repliedAt: T0 + 1 }));
    await logResponse(other, makeResponse({ repliedAt: T0 + 2 }));
    const mine = await exportAll(db, T0);
    const theirs = await exportAll(other, T0);
    await other.delete();
    const merged = { ...theirs, responses: [...theirs.responses, ...mine.responses] };
    const user = userEvent.setup();
    await user.upload(renderPanel(), new File([JSON.stringify(merged)], 'other.json', { type: 'application/json' }));
    expect(await screen.findByText(/other\.json: \d+ new rows, \d+ already here \(skipped\)/)).toBeTruthy();
    const responsesRow = screen.getByRole('rowheader', { name: 'responses' }).closest('tr')!;
    // new, already here, repeated in this file
    expect(responsesRow.textContent).toBe('responses210');
    expect(await db.responses.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: /Import \d+ new rows/ }));
    expect((await screen.findByText(/^Imported/)).textContent).toMatch(/^Imported \d+ rows; skipped \d+ already here\./);
    expect(await db.responses.count()).toBe(3);
  });

  it('reports rows repeated inside one file instead of counting them as already here', async () => {
    db = freshDb();
    const other = freshDb();
    await logResponse(other, makeResponse({ repliedAt: T0 + 1 }));
    const theirs = await exportAll(other, T0);
    await other.delete();
    const row = theirs.responses[0]!;
    const twice = { ...theirs, responses: [row, { ...row, replyText: 'a second row with the same id' }] };
    const user = userEvent.setup();
    await user.upload(renderPanel(), new File([JSON.stringify(twice)], 'twice.json', { type: 'application/json' }));
    expect(await screen.findByText(/twice\.json: \d+ new rows, \d+ already here \(skipped\), 1 repeated in this file/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(row.id);
  });
});
