import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReplybookDB, ResponseRow } from '@/lib/storage/db';
import { addResponseRows, logResponse } from '@/lib/storage/writes';
import { freshDb, labelsFor, makeResponse } from '@/lib/storage/testing';
import { LogPage } from '@/entrypoints/dashboard/pages/LogPage';
import { DbProvider } from './db-context';
import { LogTable } from './LogTable';

// jsdom has no layout: give elements a size so the virtualizer has a viewport.
const sizes = { clientHeight: 600, clientWidth: 1000 };
const saved = Object.fromEntries(Object.keys(sizes).map((key) => [key, Object.getOwnPropertyDescriptor(Element.prototype, key)]));
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) {
    Object.defineProperty(Element.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of Object.entries(saved)) {
    if (descriptor) Object.defineProperty(Element.prototype, key, descriptor);
  }
});

const T0 = 1_700_000_000_000;

/** The count line under the filters (the machine is shared: allow time for debounce + query). */
async function expectCount(text: string) {
  expect(await screen.findByText(text, {}, { timeout: 5000 })).toBeTruthy();
}
let db: ReplybookDB;
afterEach(async () => {
  await db.delete();
});

function bulkRows(count: number): ResponseRow[] {
  return Array.from({ length: count }, (_, index) => {
    const itemText = `Item number ${index} ${index % 2 ? 'odd' : 'even'}`;
    const replyText = `Reply ${index}`;
    return {
      id: `r${String(index).padStart(6, '0')}`,
      itemId: `i${index}`,
      site: index % 3 ? 'yelp' : 'facebook',
      pageUrl: 'https://www.yelp.com/biz/x',
      authorName: `Person ${index}`,
      itemText,
      replyText,
      labels: labelsFor('neutral'),
      tone: index % 2 ? 'negative' : 'positive',
      action: 'inserted',
      firstSeenAt: T0,
      repliedAt: T0 + index * 1000,
      followUpState: 'none',
    } satisfies ResponseRow;
  });
}

describe('LogTable', () => {
  it('renders only a window of rows out of many, newest first', async () => {
    db = freshDb();
    await addResponseRows(db, bulkRows(2000));
    render(
      <DbProvider db={db}>
        <LogTable filters={{}} />
      </DbProvider>,
    );
    await expectCount('2,000 responses');
    const table = screen.getByRole('table', { name: 'Response log' });
    await waitFor(() => expect(within(table).getByRole('link', { name: /Item number 1999 odd/ })).toBeTruthy());
    const rows = within(table).getAllByRole('row');
    // Header + about 600 px / 52 px of rows + overscan; never thousands.
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(table.getAttribute('aria-rowcount')).toBe('2001');
    expect(within(rows[1]!).getByRole('link').getAttribute('href')).toBe('#/log/r001999');
  });

  it('says so when nothing matches, on an empty database', async () => {
    db = freshDb();
    render(
      <DbProvider db={db}>
        <LogTable filters={{ text: 'nothing' }} />
      </DbProvider>,
    );
    expect(await screen.findByText(/No responses match/)).toBeTruthy();
    expect(screen.getByText('0 responses')).toBeTruthy();
  });

  it('an empty log says how it fills; a filtered one says nothing matches', async () => {
    db = freshDb();
    const { rerender } = render(
      <DbProvider db={db}>
        <LogTable filters={{}} />
      </DbProvider>,
    );
    expect(await screen.findByText(/Your log is empty. It fills as you answer from the side panel/)).toBeTruthy();
    expect(screen.getByText(/mark answered or ignore/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'demo page' }).getAttribute('href')).toBe('/demo.html');
    rerender(
      <DbProvider db={db}>
        <LogTable filters={{ site: 'yelp', text: '' }} />
      </DbProvider>,
    );
    expect(await screen.findByText('No responses match these filters.')).toBeTruthy();
    expect(screen.queryByText(/Your log is empty/)).toBeNull();
  });

  it('shows a newly logged response without a reload (live query)', async () => {
    db = freshDb();
    render(
      <DbProvider db={db}>
        <LogTable filters={{}} />
      </DbProvider>,
    );
    await screen.findByText('0 responses');
    await logResponse(db, makeResponse({ item: { text: 'Fresh complaint about parking' }, repliedAt: T0 }));
    expect(await screen.findByRole('link', { name: 'Fresh complaint about parking' })).toBeTruthy();
    expect(screen.getByText('1 response')).toBeTruthy();
  });
});

describe('LogPage filters', () => {
  it('narrows the table by search text, site, tone and action, and clears', async () => {
    db = freshDb();
    await addResponseRows(db, bulkRows(30));
    await db.items.bulkAdd([
      { id: 'i0', site: 'facebook', text: '', firstSeenAt: T0, lastSeenAt: T0 },
      { id: 'i1', site: 'yelp', text: '', firstSeenAt: T0, lastSeenAt: T0 },
    ]);
    const user = userEvent.setup();
    render(
      <DbProvider db={db}>
        <LogPage />
      </DbProvider>,
    );
    await expectCount('30 responses');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'number 2');
    // "number" matches all; "2" is a prefix of 2, 20..29.
    await expectCount('11 responses');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tone' }), 'negative');
    await expectCount('5 responses');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Site' }), 'facebook');
    // odd indexes among 2,20..29 on facebook (index % 3 === 0): 21, 27.
    await expectCount('2 responses');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'ignored');
    await expectCount('0 responses');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectCount('30 responses');
  });
});
