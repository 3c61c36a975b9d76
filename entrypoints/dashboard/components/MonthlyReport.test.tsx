import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReplybookDB, type ResponseRow } from '@/lib/storage/db';
import { MonthlyReport } from './MonthlyReport';

const at = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12).getTime();
const row = (id: string, repliedAt: number, over: Partial<ResponseRow> = {}): ResponseRow => ({
  id,
  itemId: id,
  site: 'yelp',
  pageUrl: 'https://www.yelp.com/biz/x',
  itemText: 't',
  replyText: 'r',
  action: 'inserted',
  firstSeenAt: repliedAt - 3_600_000,
  repliedAt,
  followUpState: 'none',
  tone: 'negative',
  ...over,
});

let db: ReplybookDB;
afterEach(async () => {
  vi.restoreAllMocks();
  delete document.documentElement.dataset.print;
  await db.delete();
});

describe('MonthlyReport', () => {
  it('shows the latest month, switches month, and prints only the report', async () => {
    db = new ReplybookDB('monthly-report-ui');
    await db.open();
    await db.responses.bulkAdd([
      row('a', at(2026, 10, 5)),
      row('b', at(2026, 11, 2)),
      row('c', at(2026, 11, 9), { site: 'google-maps', tone: 'positive' }),
    ]);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<MonthlyReport db={db} />);
    const november = new Date(2026, 10, 1).toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
    const october = new Date(2026, 9, 1).toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
    await screen.findByRole('heading', { name: `Monthly report: ${november}` });
    await waitFor(() => expect(within(screen.getByLabelText(`Figures for ${november}`)).getByText('2')).toBeTruthy());
    const bySite = screen.getByRole('table', { name: 'By site' });
    expect(
      within(bySite)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['SiteItemsNegative', 'google-maps10', 'yelp11']);

    await user.selectOptions(screen.getByLabelText('Month'), october);
    await screen.findByRole('heading', { name: `Monthly report: ${october}` });
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'By site' })).getAllByRole('row')).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Print this month or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.documentElement.dataset.print).toBe('month');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.documentElement.dataset.print).toBeUndefined();
  });

  it('says how the report fills when nothing is logged yet', async () => {
    db = new ReplybookDB('monthly-report-empty');
    await db.open();
    render(<MonthlyReport db={db} />);
    expect(await screen.findByText('The report fills in as you reply from the side panel.')).toBeTruthy();
  });
});
