import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DbProvider } from '@/entrypoints/dashboard/components/db-context';
import type { Labels } from '@/lib/classifier/labels';
import type { ReplybookDB } from '@/lib/storage/db';
import { freshDb, labelsFor, makeItem } from '@/lib/storage/testing';
import { recordItemsSeen } from '@/lib/storage/writes';
import { App } from '../App';
import { InboxPage, type OpenOnPage } from './InboxPage';

// A loaded machine may take more than the default second to open a fresh IndexedDB.
configure({ asyncUtilTimeout: 10_000 });

const T0 = 1_750_000_000_000;
let db: ReplybookDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  window.location.hash = '';
  await db.delete();
});

function seen(id: string, site: string, labels: Labels, text: string, extra: Parameters<typeof makeItem>[0] = {}) {
  return {
    item: makeItem({ id, site, text, author: `Author ${id}`, authorUrl: undefined, ...extra }),
    labels,
    pageUrl: `https://${site}.example/page`,
  };
}
const en = (labels: Labels): Labels => ({ ...labels, language: 'en' });

/** Five items of known shape, seen in this order (each a second later). */
async function seedFive() {
  const items = [
    seen('cold', 'yelp', en({ ...labelsFor('negative'), flags: ['complaint'] }), 'The soup was cold and the waiter rude', { rating: 1 }),
    seen('hours', 'google-maps', en(labelsFor('neutral')), 'Are you open on Sunday mornings?'),
    seen('merci', 'tripadvisor', { ...labelsFor('positive'), language: 'fr' }, 'Très bon café, merci beaucoup', { rating: 5 }),
    seen('late', 'yelp', en(labelsFor('negative')), 'Delivery was late twice', { rating: 2 }),
    seen('love', 'facebook', en(labelsFor('positive')), 'Love the new terrace'),
  ];
  for (const [index, entry] of items.entries()) await recordItemsSeen(db, [entry], T0 + index * 1000);
}

function renderInbox(openOnPage: OpenOnPage = vi.fn()) {
  return render(
    <DbProvider db={db}>
      <InboxPage openOnPage={openOnPage} />
    </DbProvider>,
  );
}

const rowIds = () =>
  within(screen.getByRole('table', { name: 'Inbox' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-item-id'));

describe('Inbox page', () => {
  it('is first in the navigation and the home page; empty, it says how it fills', async () => {
    window.location.hash = '';
    render(<App db={db} />);
    const links = within(screen.getByRole('navigation', { name: 'Dashboard' })).getAllByRole('link');
    expect(links[0]!.textContent).toBe('Inbox');
    expect(links[0]!.getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText(/Nothing is waiting/)).toBeTruthy();
    expect(screen.getByText(/The inbox fills as you browse your pages/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'demo page' }).getAttribute('href')).toBe('/demo.html');
  });

  it('lists open items worst and oldest first, and filters by site, tone, kind and language', async () => {
    await seedFive();
    const user = userEvent.setup();
    renderInbox();
    await waitFor(() => expect(screen.getByTestId('inbox-count').textContent).toBe('5 waiting'));
    expect(rowIds()).toEqual(['cold', 'late', 'hours', 'merci', 'love']);

    await user.selectOptions(screen.getByLabelText('Site'), 'yelp');
    await waitFor(() => expect(rowIds()).toEqual(['cold', 'late']));
    expect(screen.getByTestId('inbox-count').textContent).toBe('2 of 5 waiting');
    await user.selectOptions(screen.getByLabelText('Site'), '');
    await user.selectOptions(screen.getByLabelText('Tone'), 'positive');
    await waitFor(() => expect(rowIds()).toEqual(['merci', 'love']));
    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    await waitFor(() => expect(rowIds()).toEqual(['merci']));
    expect(within(screen.getByLabelText('Language')).getByRole('option', { name: 'French' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Language'), '');
    await user.selectOptions(screen.getByLabelText('Tone'), '');
    await user.selectOptions(screen.getByLabelText('Kind'), 'complaint');
    await waitFor(() => expect(rowIds()).toContain('cold'));
    expect(rowIds()).not.toContain('love');
  });

  it('searches after typing stops, sorts, and says when nothing matches', async () => {
    await seedFive();
    const user = userEvent.setup();
    renderInbox();
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await user.type(screen.getByRole('searchbox', { name: 'Search the inbox' }), 'CAFE merc');
    await waitFor(() => expect(rowIds()).toEqual(['merci']));
    await user.clear(screen.getByRole('searchbox', { name: 'Search the inbox' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search the inbox' }), 'zzzz');
    expect(await screen.findByText('Nothing waiting matches these filters.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowIds()).toHaveLength(5));

    await user.selectOptions(screen.getByLabelText('Sort'), 'newest');
    expect(rowIds()).toEqual(['love', 'late', 'merci', 'hours', 'cold']);
    await user.selectOptions(screen.getByLabelText('Sort'), 'waiting');
    expect(rowIds()).toEqual(['cold', 'hours', 'merci', 'late', 'love']);
    await user.selectOptions(screen.getByLabelText('Sort'), 'rating');
    expect(rowIds()).toEqual(['cold', 'late', 'merci', 'hours', 'love']);
  });

  it('pages a long inbox 50 rows at a time, and bulk-marks all of it', async () => {
    await recordItemsSeen(
      db,
      Array.from({ length: 120 }, (_, i) => seen(`n${String(i).padStart(3, '0')}`, 'yelp', labelsFor('negative'), `Complaint number ${i}`)),
      T0,
    );
    const user = userEvent.setup();
    renderInbox();
    await waitFor(() => expect(screen.getByText('Page 1 of 3')).toBeTruthy());
    expect(rowIds()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Page 3 of 3')).toBeTruthy();
    expect(rowIds()).toHaveLength(20);

    // Bulk over every page: all matching, not only the rows shown.
    await user.click(screen.getByRole('button', { name: 'Select all 120 waiting' }));
    expect(screen.getByText('120 selected')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mark ignored' }));
    expect(await screen.findByText('120 items marked ignored.')).toBeTruthy();
    expect(await screen.findByText(/Nothing is waiting/)).toBeTruthy();
    expect(await db.responses.count()).toBe(120);
  });

  it('marks selected rows ignored or answered through the log, and they leave the inbox', async () => {
    await seedFive();
    const user = userEvent.setup();
    renderInbox();
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(screen.getByRole('button', { name: 'Mark ignored' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('checkbox', { name: /Select Author cold/ }));
    await user.click(screen.getByRole('checkbox', { name: /Select Author love/ }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mark ignored' }));
    expect(await screen.findByText('2 items marked ignored.')).toBeTruthy();
    expect(rowIds()).toEqual(['late', 'hours', 'merci']);
    expect((await db.responses.toArray()).map((row) => [row.itemId, row.action]).sort()).toEqual([
      ['cold', 'ignored'],
      ['love', 'ignored'],
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(screen.getByRole('button', { name: 'Mark answered' }));
    expect(await screen.findByText('3 items marked answered.')).toBeTruthy();
    expect(await screen.findByText(/Nothing is waiting/)).toBeTruthy();
    expect(await db.items.orderBy('inbox').count()).toBe(0);
  });

  it('"Open on the page" hands the item to the background and says what happened', async () => {
    await seedFive();
    const openOnPage = vi.fn<OpenOnPage>(async () => ({ ok: true, opened: 'new-tab', focused: false }));
    const user = userEvent.setup();
    renderInbox(openOnPage);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: 'Open on the page: Author hours' }));
    expect(openOnPage).toHaveBeenCalledTimes(1);
    expect(openOnPage.mock.calls[0]![0].row).toMatchObject({ id: 'hours', pageUrl: 'https://google-maps.example/page' });
    expect(await screen.findByText(/Opened its page in a new tab/)).toBeTruthy();
    openOnPage.mockResolvedValueOnce({ ok: false, message: 'This item has no web address to open.' });
    await user.click(screen.getByRole('button', { name: 'Open on the page: Author cold' }));
    expect(await screen.findByText('This item has no web address to open.')).toBeTruthy();
  });
});
