import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReplybookDB } from '@/lib/storage/db';
import { logResponse, recordItemsSeen } from '@/lib/storage/responses';
import { freshDb, labelsFor, makeItem, makeResponse } from '@/lib/storage/testing';
import { App } from './App';

const HOUR = 3_600_000;
let db: ReplybookDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  window.location.hash = '';
  await db.delete();
});

async function open(hash: string) {
  window.location.hash = hash;
  return render(<App db={db} />);
}

describe('dashboard pages on an empty database', () => {
  it.each([
    ['#/log', /No responses match/],
    ['#/people', /No people yet/],
    ['#/numbers', /nothing to chart/],
    ['#/followups', /Due now \(0\)/],
    ['#/data', /Delete everything/],
    ['#/playbooks', /Playbooks/],
    ['#/settings', /Settings/],
    ['#/welcome', /Welcome to Replybook/],
    ['#/log/missing-id', /not in the log/],
  ])('%s renders', async (hash, text) => {
    await open(hash);
    expect((await screen.findAllByText(text, {}, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('response detail', () => {
  it('shows the item, reply and history; corrects the tone; sets and completes a follow-up', async () => {
    const person = { author: 'Sam', authorUrl: undefined };
    await recordItemsSeen(db, [{ item: makeItem({ id: 'old', ...person, text: 'Awful wait' }), labels: labelsFor('negative') }], Date.now() - 48 * HOUR);
    const row = await logResponse(
      db,
      makeResponse({ item: { id: 'old', ...person, text: 'Awful wait' }, replyText: 'Sorry, Sam', repliedAt: Date.now() - 47 * HOUR }),
    );
    await recordItemsSeen(db, [{ item: makeItem({ id: 'new', ...person, text: 'Much better now' }), labels: labelsFor('positive') }], Date.now() - HOUR);
    const user = userEvent.setup();
    await open(`#/log/${row.id}`);
    const detail = await screen.findByRole('region', { name: 'Sam on yelp' }, { timeout: 5000 });
    expect(detail.textContent).toContain('Awful wait');
    expect(detail.textContent).toContain('Sorry, Sam');
    expect(await screen.findByText(/Turned around: negative → positive/)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Author history' }).textContent).toContain('Much better now');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Correct the tone' }), 'neutral');
    await screen.findByText('neutral (corrected)', {}, { timeout: 5000 });
    expect((await db.responses.get(row.id))?.tone).toBe('neutral');

    await user.click(screen.getByRole('button', { name: 'Set follow-up' }));
    await screen.findByRole('button', { name: 'Mark done' }, { timeout: 5000 });
    expect((await db.responses.get(row.id))?.followUpState).toBe('due');
    await user.click(screen.getByRole('button', { name: 'Mark done' }));
    await screen.findByText(/^Done /, {}, { timeout: 5000 });
    expect((await db.responses.get(row.id))?.followUpState).toBe('done');

    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Called back');
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    await screen.findByRole('button', { name: 'Save notes' });
    await expect.poll(async () => (await db.responses.get(row.id))?.notes).toBe('Called back');
  });
});

describe('data page', () => {
  it('enables delete only after typing DELETE, then wipes everything', async () => {
    await logResponse(db, makeResponse());
    const user = userEvent.setup();
    await open('#/data');
    const button = await screen.findByRole('button', { name: 'Delete everything' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByRole('textbox', { name: 'Type DELETE to confirm' }), 'DELETE');
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await user.click(button);
    await screen.findByText('Delete everything: done.', {}, { timeout: 5000 });
    expect(await db.responses.count()).toBe(0);
  });
});

describe('rows that passed no schema (written before the bounds, or by another build)', () => {
  async function seedBadRow() {
    const row = await logResponse(db, makeResponse({ item: { id: 'bad', author: '\u202EnimdA \uD800', authorUrl: undefined } }));
    // Straight into the table, as an old import or a forged write would have left it.
    await db.responses.put({ ...row, repliedAt: 1e20, firstSeenAt: 9e15, followUpAt: 9e15, followUpState: 'due' });
    await db.authors.clear();
    await db.authors.put({ key: 'yelp:\u202Enimda \uD800', site: 'yelp', name: '\u202EnimdA \uD800', firstSeenAt: 1e20, lastSeenAt: 1e20 });
    return row;
  }

  it.each([
    ['#/log', /^1 response$/],
    ['#/followups', /invalid date/],
    ['#/numbers', /Responses/],
    ['#/people', /nimdA/],
  ])('%s still renders with a time of 1e20 and a spoofing, ill-formed name', async (hash, text) => {
    await seedBadRow();
    await open(hash);
    expect((await screen.findAllByText(text, {}, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Could not show/)).toBeNull();
    expect(document.body.textContent).not.toMatch(/[\u202A-\u202E]/);
  });

  it('opens the detail of that row and the person page reached from People', async () => {
    const row = await seedBadRow();
    const user = userEvent.setup();
    await open(`#/log/${row.id}`);
    expect((await screen.findAllByText(/invalid date/, {}, { timeout: 5000 })).length).toBeGreaterThan(0);
    window.location.hash = '#/people';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await user.click(await screen.findByRole('link', { name: /nimdA/ }, { timeout: 5000 }));
    await screen.findByRole('heading', { name: /nimdA/ }, { timeout: 5000 });
    expect(screen.queryByText(/Could not show/)).toBeNull();
  });
});
