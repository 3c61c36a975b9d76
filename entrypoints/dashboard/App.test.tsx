import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SAMPLE_PROFILE } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/storage';
import type { ReplybookDB } from '@/lib/storage/db';
import { logResponse, recordItemsSeen } from '@/lib/storage/writes';
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
    ['#/log', /Your log is empty. It fills as you answer/],
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
    await recordItemsSeen(
      db,
      [{ item: makeItem({ id: 'old', ...person, text: 'Awful wait' }), labels: labelsFor('negative') }],
      Date.now() - 48 * HOUR,
    );
    const row = await logResponse(
      db,
      makeResponse({ item: { id: 'old', ...person, text: 'Awful wait' }, replyText: 'Sorry, Sam', repliedAt: Date.now() - 47 * HOUR }),
    );
    await recordItemsSeen(
      db,
      [{ item: makeItem({ id: 'new', ...person, text: 'Much better now' }), labels: labelsFor('positive') }],
      Date.now() - HOUR,
    );
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
    await saveSettings({ ...DEFAULT_SETTINGS, profile: SAMPLE_PROFILE, onboarded: true }, db);
    const user = userEvent.setup();
    await open('#/data');
    const button = await screen.findByRole('button', { name: 'Delete everything' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByRole('textbox', { name: 'Type DELETE to confirm' }), 'DELETE');
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await user.click(button);
    await screen.findByText('Delete everything: done.', {}, { timeout: 5000 });
    expect(await db.responses.count()).toBe(0);
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS); // as the page says: settings too (a row of the same database)
  });
});

describe('first run', () => {
  it('Save and start ends on the demo page with the guide on, and this tab on the log', async () => {
    const user = userEvent.setup();
    const openPanel = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    await open('#/welcome');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save and start' })).toHaveProperty('disabled', false), {
      timeout: 10_000,
    });
    await user.click(screen.getByRole('button', { name: 'Fill with sample details' }));
    await user.click(screen.getByRole('button', { name: 'Save and start' }));
    await waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/demo.html')),
    );
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('firstRunGuide')).firstRunGuide).toBe(true));
    expect(window.location.hash).toBe('#/log');
    // The side panel opens beside the demo tab.
    const demoTab = (await fakeBrowser.tabs.query({})).find((tab) => tab.url === fakeBrowser.runtime.getURL('/demo.html'))!;
    await waitFor(() => expect(openPanel).toHaveBeenCalledWith(expect.objectContaining({ tabId: demoTab.id })));
    expect(await screen.findByText(/Your log is empty. It fills as you answer/)).toBeTruthy();
    // One main landmark on the page: the welcome form is a region inside it.
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });
});

describe('search on People and Follow-ups', () => {
  async function seedTwo() {
    const now = Date.now();
    await logResponse(
      db,
      makeResponse({
        item: { id: 'a', author: 'Zoë Müller', authorUrl: undefined, text: 'The latte was cold' },
        repliedAt: now - HOUR,
        followUpAt: now + 48 * HOUR,
      }),
    );
    await logResponse(
      db,
      makeResponse({
        item: { id: 'b', author: 'Ravi Shah', authorUrl: undefined, text: 'Refund still missing' },
        repliedAt: now - HOUR,
        followUpAt: now + 72 * HOUR,
      }),
    );
  }

  it('People: filters by name as you type, accents ignored, and says when nobody matches', async () => {
    await seedTwo();
    const user = userEvent.setup();
    await open('#/people');
    await screen.findByRole('link', { name: 'Ravi Shah' }, { timeout: 5000 });
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'zoe mul');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Ravi Shah' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Zoë Müller' })).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Search people' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'nobody');
    expect(await screen.findByText('Nobody matches “nobody”.')).toBeTruthy();
  });

  it('Follow-ups: filters every list by person or words', async () => {
    await seedTwo();
    const user = userEvent.setup();
    await open('#/followups');
    await screen.findByText('Scheduled (2)', {}, { timeout: 5000 });
    await user.type(screen.getByRole('searchbox', { name: 'Search follow-ups' }), 'refund');
    await screen.findByText('Scheduled (1)');
    const scheduled = screen.getByRole('region', { name: 'Scheduled' });
    expect(scheduled.textContent).toContain('Ravi Shah');
    expect(scheduled.textContent).not.toContain('Zoë');
  });
});

describe('numbers page', () => {
  it('prints as a report from a button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await open('#/numbers');
    await user.click(await screen.findByRole('button', { name: 'Print or save as PDF' }, { timeout: 5000 }));
    expect(print).toHaveBeenCalledTimes(1);
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
