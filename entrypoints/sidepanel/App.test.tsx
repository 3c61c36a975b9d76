import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Labels } from '@/lib/classifier/labels';
import type { LabelledItem } from '@/lib/messaging/protocol';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { getDb } from '@/lib/storage/db';
import { setToneCorrection, writeResponse } from '@/lib/storage/writes';
import { deriveItems } from '@/entrypoints/background/tab-items';
import { tabStateKey, type TabState } from '@/lib/tab-state';

// The messaging boundary: the page answers Insert, and each message to the background is
// parsed by its schema and handled as the background does (the same storage writes, then the
// tab's items derived again), so the rows and the list are real.
const pageMessages: Array<{ name: string; data: unknown }> = [];
const INSERTED = { ok: true, strategy: 'value-setter', message: 'Inserted', where: "in the reply box under Tom Becker's review" };
let pageAnswer: Record<string, unknown> = INSERTED;
vi.mock('@/lib/messaging/to-page', () => ({
  sendToPage: async (_tabId: number, _url: string, name: string, data: unknown) => {
    pageMessages.push({ name, data });
    return pageAnswer;
  },
}));
vi.mock('@/lib/messaging/protocol', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/messaging/protocol')>();
  // Imported when used: the background's module imports this one. Not awaited, as in the background.
  const refreshTabs = (ids: string[]) =>
    import('@/entrypoints/background/tab-items').then((background) => background.refreshTabs(ids)).catch(() => undefined);
  return {
    ...real,
    sendMessage: async (name: string, raw: unknown) => {
      if (name === 'logResponse') {
        const data = real.validated('logResponse', raw);
        const row = await writeResponse(getDb(), data.response);
        void refreshTabs([row.itemId]);
        return { ok: true, id: row.id };
      }
      if (name === 'insertAndLog') {
        const data = real.validated('insertAndLog', raw);
        const { sendToPage } = await import('@/lib/messaging/to-page');
        const { insertWithWriteAhead } = await import('@/lib/storage/intents');
        const { result, row } = await insertWithWriteAhead(getDb(), { id: data.id, response: data.response, tabId: data.tabId }, () =>
          sendToPage(data.tabId, data.pageUrl, 'insertReply', { itemId: data.itemId, text: data.text }),
        );
        if (row) void refreshTabs([row.itemId]);
        return { result, ...(row ? { logged: { ok: true, id: row.id } } : {}) };
      }
      if (name === 'correctTone') {
        const data = real.validated('correctTone', raw);
        await setToneCorrection(getDb(), data.itemId, data.tone);
        void refreshTabs([data.itemId]);
        return { ok: true };
      }
      throw new Error(`unexpected message ${name}`);
    },
  };
});

const TAB_ID = 7;
// Labels are given, not classified, so the panel's behaviour is tested on its own.
const labels = (tone: Labels['tone'], flags: Labels['flags'] = []): Labels => ({
  tone,
  scores: {
    positive: tone === 'positive' ? 0.9 : 0.05,
    neutral: tone === 'neutral' ? 0.9 : 0.05,
    negative: tone === 'negative' ? 0.9 : 0.05,
  },
  flags,
  topics: [],
  reasons: [`${tone}: test`],
});
const texts: Array<[string, string, string, string, Labels]> = [
  ['x:1', 'Ana Silva', 'I love this place, the staff are wonderful!', '2026-11-20T10:00:00Z', labels('positive')],
  [
    'x:2',
    'Tom Becker',
    'Worst service ever. Waited an hour and nobody apologised.',
    '2026-11-19T10:00:00Z',
    labels('negative', ['complaint']),
  ],
  ['x:3', 'Lee Park', 'What time do you open on Sunday?', '2026-11-18T10:00:00Z', labels('neutral', ['question'])],
  ['x:4', 'troll99', 'you are all idiots and your coffee is garbage', '2026-11-17T10:00:00Z', labels('negative', ['abusive'])],
];
const items: LabelledItem[] = texts.map(([id, author, text, postedAt, itemLabels]) => ({
  id,
  site: 'x',
  kind: 'comment',
  author,
  text,
  postedAt,
  isOwnerReply: false,
  reply: { editor: 'draftjs', available: true },
  labels: itemLabels,
}));

async function renderPanel(shown: LabelledItem[] = items, extra: Partial<TabState> = {}) {
  // As the background stores them: with what the log knows about each item.
  const state: TabState = {
    tabId: TAB_ID,
    pageUrl: 'https://x.com/brand/status/1',
    siteId: 'x',
    siteName: 'X',
    items: await deriveItems(shown),
    updatedAt: Date.now(),
    ...extra,
  };
  await fakeBrowser.storage.session.set({ [tabStateKey(TAB_ID)]: state });
  await fakeBrowser.storage.local.set({ settings: { profile: SAMPLE_PROFILE, onboarded: true } });
  window.history.replaceState(null, '', `/sidepanel.html?tabId=${TAB_ID}`);
  const { App } = await import('./App');
  const { usePanelStore } = await import('./store');
  usePanelStore.setState({ selectedId: undefined, draft: '', toneFilter: undefined, showHandled: false, status: undefined });
  render(<App />);
  await screen.findByRole('list', { name: /Items on this page/ });
}

beforeEach(async () => {
  pageMessages.length = 0;
  await fakeBrowser.storage.local.clear();
  await getDb().delete();
  await getDb().open();
});

describe('side panel', () => {
  test("lists the tab's items worst first, and filters by tone", async () => {
    await renderPanel();
    const rows = within(screen.getByRole('list', { name: /Items on this page/ })).getAllByRole('listitem');
    expect(rows[0]!.textContent).toContain('Tom Becker');
    expect(rows.at(-1)!.textContent).toContain('troll99'); // abusive items sink: do not engage
    fireEvent.click(within(screen.getByRole('group', { name: 'Filter by tone' })).getByRole('button', { name: /^positive/ }));
    const filtered = within(screen.getByRole('list', { name: /Items on this page/ })).getAllByRole('listitem');
    expect(filtered.map((r) => r.getAttribute('data-item-id'))).toEqual(['x:1']);
  });

  test('pick a suggestion with the keyboard, edit it, insert it, and the response is logged', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByText('Tom Becker'));
    await screen.findAllByRole('button', { name: /^1/ }, { timeout: 5000 });
    await user.keyboard('1');
    const draft = screen.getByRole('textbox', { name: /Your reply/ }) as HTMLTextAreaElement;
    await waitFor(() => expect(draft.value).toMatch(/Tom/));
    await user.type(draft, ' Thanks again.');
    expect(draft.value).not.toMatch(/\[[a-z ]+\]/);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText("Inserted in the reply box under Tom Becker's review. Check it, then press the site's Post button.");
    expect(pageMessages).toEqual([{ name: 'insertReply', data: { itemId: 'x:2', text: draft.value } }]);
    const rows = await getDb().responses.where('itemId').equals('x:2').toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'inserted', replyText: draft.value, site: 'x' });
    expect(await getDb().intents.count()).toBe(0); // the write-ahead intent became the row
  });

  test('a draft survives closing and reopening the panel', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByText('Lee Park'));
    await user.type(screen.getByRole('textbox', { name: /Your reply/ }), 'We open at 9 on Sundays.');
    await waitFor(async () =>
      expect((await fakeBrowser.storage.session.get('draft:x:3'))['draft:x:3']).toMatchObject({ text: 'We open at 9 on Sundays.' }),
    );
    cleanup();
    await renderPanel();
    await user.click(screen.getByText('Lee Park'));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: /Your reply/ }) as HTMLTextAreaElement).value).toBe('We open at 9 on Sundays.'),
    );
    await user.click(screen.getByRole('button', { name: 'Mark answered' }));
    await screen.findByText(/Marked as answered/);
    await waitFor(async () => expect((await fakeBrowser.storage.session.get('draft:x:3'))['draft:x:3']).toBeUndefined());
  });

  test('a site with no public reply box: the panel copies, says where the owner replies, and logs it as copied', async () => {
    const user = userEvent.setup();
    pageAnswer = {
      ok: false,
      repliesElsewhere: true,
      copiedToClipboard: false,
      message: 'Trustpilot replies are written in your Trustpilot business account (business.trustpilot.com).',
    };
    try {
      await renderPanel();
      await user.click(screen.getByText('Tom Becker'));
      const draft = screen.getByRole('textbox', { name: /Your reply/ }) as HTMLTextAreaElement;
      await user.clear(draft);
      await user.type(draft, 'Thank you, Tom. We are sorry.');
      await user.click(screen.getByRole('button', { name: /^Insert$/ }));
      await screen.findByText(
        'Copied: Trustpilot replies are written in your Trustpilot business account (business.trustpilot.com). Paste it there.',
      );
      expect(await navigator.clipboard.readText()).toBe('Thank you, Tom. We are sorry.');
      const rows = await getDb().responses.where('itemId').equals('x:2').toArray();
      expect(rows.map((r) => r.action)).toEqual(['copied']);
    } finally {
      pageAnswer = INSERTED;
    }
  });

  test('the draft check warns while editing and blocks Insert past the site limit', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByText('Tom Becker'));
    const draft = screen.getByRole('textbox', { name: /Your reply/ }) as HTMLTextAreaElement;
    await user.type(draft, 'Actually, as stated in our policy, you should have called us.');
    await waitFor(() => expect(document.querySelector('.warning[data-rule="defensive"]')).not.toBeNull());
    const insert = screen.getByRole('button', { name: 'Insert' });
    expect((insert as HTMLButtonElement).disabled).toBe(false);
    act(() => {
      fireEvent.change(draft, { target: { value: 'a'.repeat(300) } });
    });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Insert' }) as HTMLButtonElement).disabled).toBe(true));
  });

  test('a troll gets the do-not-engage playbook and no suggestions; Ignore is logged', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByText('troll99'));
    expect(screen.queryAllByRole('button', { name: /^1/ })).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Ignore' }));
    await screen.findByText(/Logged as ignored/);
    expect(await getDb().responses.where('itemId').equals('x:4').first()).toMatchObject({ action: 'ignored', replyText: '' });
  });

  test('an angry customer: no suggestions at first, replies once the user chooses to answer the problem', async () => {
    const user = userEvent.setup();
    const angry: LabelledItem = {
      ...items[1]!,
      id: 'x:5',
      author: 'Rita Gomez',
      text: 'Your delivery is a damn joke, still waiting for my refund after 3 weeks',
      labels: labels('negative', ['abusive', 'complaint', 'refund']),
    };
    await renderPanel([...items, angry]);
    await user.click(screen.getByText('Rita Gomez'));
    expect(document.querySelectorAll('.suggestion')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Answer the problem anyway' }));
    await waitFor(() => expect(document.querySelectorAll('.suggestion')).toHaveLength(3));
    expect(screen.getByText(/do not mirror the words/)).toBeTruthy();
    // The troll (insults) is never offered that.
    await user.click(screen.getByRole('button', { name: '← All items' }));
    await user.click(screen.getByText('troll99'));
    expect(screen.queryByRole('button', { name: 'Answer the problem anyway' })).toBeNull();
  });

  test('handled items: one word per state, counted in the header, hidden until "show handled" is on', async () => {
    const user = userEvent.setup();
    const ownerAnswered: LabelledItem = { ...items[2]!, id: 'x:6', author: 'Mia Roth', hasOwnerReply: true };
    await renderPanel([...items, ownerAnswered]);
    const header = () => document.querySelector('.panel-header')!.textContent;
    await waitFor(() => expect(header()).toContain('5 items · 1 handled')); // the owner's reply on the page
    const toggle = screen.getByRole('checkbox', { name: 'show handled' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    const ids = () =>
      within(screen.getByRole('list', { name: /Items on this page/ }))
        .getAllByRole('listitem')
        .map((r) => r.getAttribute('data-item-id'));
    expect(ids()).not.toContain('x:6');

    await user.click(screen.getByText('troll99'));
    await user.click(screen.getByRole('button', { name: 'Ignore' }));
    await screen.findByText(/Logged as ignored/);
    await user.click(screen.getByRole('button', { name: '← All items' }));
    await waitFor(() => expect(header()).toContain('5 items · 2 handled'));
    expect(ids()).not.toContain('x:4');

    await user.click(toggle);
    const chipOf = (id: string) => document.querySelector(`li[data-item-id="${id}"] .flag-handled`)?.textContent;
    expect(chipOf('x:4')).toBe('ignored');
    expect(chipOf('x:6')).toBe('replied on page');
    expect(chipOf('x:2')).toBeUndefined();
    expect(document.querySelectorAll('.flag-handled')).toHaveLength(2);
    expect(screen.queryByText('answered')).toBeNull(); // nothing was marked answered
  });

  test('a tone correction goes through the background: the item comes back with it, in the detail, the list and the counts', async () => {
    const user = userEvent.setup();
    await renderPanel();
    const chip = (tone: string) =>
      within(screen.getByRole('group', { name: 'Filter by tone' })).getByRole('button', { name: new RegExp(`^${tone}`) }).textContent;
    expect(chip('positive')).toBe('positive 1');
    await user.click(screen.getByText('Tom Becker'));
    await user.selectOptions(screen.getByRole('combobox', { name: /Correct tone/ }), 'positive');
    await screen.findByText('Tone corrected to positive. Replybook will remember it for this item.');
    await waitFor(() => expect(document.querySelector('.tone-line .chip')?.textContent).toBe('positive'));
    expect(document.querySelector('.tone-line')?.textContent).toContain('your correction');
    expect(screen.getByRole('option', { name: 'as labelled (negative)' })).toBeTruthy();
    expect(await getDb().corrections.get('x:2')).toMatchObject({ tone: 'positive' });
    await user.click(screen.getByRole('button', { name: '← All items' }));
    await waitFor(() => expect(chip('positive')).toBe('positive 2'));
    expect(document.querySelector('li[data-item-id="x:2"] .item-row')?.className).toContain('tone-positive');
  });

  test('Copy stays disabled, like Insert, while the reply has a [gap] to fill', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByText('Lee Park'));
    const draft = screen.getByRole('textbox', { name: /Your reply/ });
    act(() => {
      fireEvent.change(draft, { target: { value: 'We open at [your answer] on Sundays. See you!' } });
    });
    await waitFor(() => expect(document.querySelector('.warning[data-rule="unfilled"]')).not.toBeNull());
    expect((screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Insert' }) as HTMLButtonElement).disabled).toBe(true);
    act(() => {
      fireEvent.change(draft, { target: { value: 'We open at 9 on Sundays. See you!' } });
    });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(false));
  });

  test('keyboard: one Tab from the list reaches the first suggestion; Esc returns focus to the row it left', async () => {
    const user = userEvent.setup();
    await renderPanel();
    const row = document.querySelector<HTMLButtonElement>('li[data-item-id="x:3"] .item-row')!;
    row.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Lee Park' });
    await waitFor(() => expect(document.querySelectorAll('.suggestion')).toHaveLength(3));
    await user.tab();
    expect(document.activeElement).toBe(document.querySelectorAll('.suggestion')[0]);
    await user.keyboard('{Escape}');
    await screen.findByRole('list', { name: /Items on this page/ });
    await waitFor(() => expect(document.activeElement?.closest('li')?.getAttribute('data-item-id')).toBe('x:3'));
  });

  test('first run on the demo page: one item opens with the three-step guide until "Got it"', async () => {
    const user = userEvent.setup();
    await fakeBrowser.storage.local.set({ firstRunGuide: true });
    await renderPanel(items, { siteId: 'demo' });
    const guide = await screen.findByRole('region', { name: 'Your first reply, in three steps' });
    expect(
      within(guide)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Pick a suggested reply/),
      expect.stringMatching(/^Insert it/),
      expect.stringMatching(/^Post it yourself.*never posts/),
    ]);
    // The worst unanswered item is the one opened.
    expect(await screen.findByRole('heading', { name: 'Tom Becker' })).toBeTruthy();
    await user.click(within(guide).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('region', { name: /three steps/ })).toBeNull();
    expect((await fakeBrowser.storage.local.get('firstRunGuide')).firstRunGuide).toBe(false);
  });

  test('no guide on other sites, nor once dismissed', async () => {
    await fakeBrowser.storage.local.set({ firstRunGuide: true });
    await renderPanel(items, { siteId: 'x' });
    await new Promise((done) => setTimeout(done, 50));
    expect(screen.queryByRole('region', { name: /three steps/ })).toBeNull();
    expect(screen.getByRole('list', { name: /Items on this page/ })).toBeTruthy();
  });

  test('a spoofing name, a 1 MB comment without spaces and a capped list show safely', async () => {
    const user = userEvent.setup();
    const hostile: LabelledItem = { ...items[1]!, id: 'x:9', author: '\u202EnimdA \uD800', text: 'w'.repeat(1_000_000) };
    await renderPanel([...items, hostile], { itemsDropped: 1200 });
    expect(screen.getByRole('status').textContent).toMatch(/Too many items on this page: showing the newest 5 of 1,?205/);
    const list = screen.getByRole('list', { name: /Items on this page/ });
    expect(list.textContent).not.toMatch(/[\u202A-\u202E]/);
    await user.click(within(list).getByText(/nimdA/));
    const body = document.querySelector('.item-text')!;
    expect(body.firstChild?.textContent?.length).toBeLessThanOrEqual(2000);
    expect(screen.getByRole('button', { name: /Show all \(998,001 more characters\)/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('nimdA \uFFFD');
  });
});
