// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelItem } from '@/lib/panel/status';
import { saveSettings } from '@/lib/settings/storage';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { getDb } from '@/lib/storage/db';
import { makeResponse } from '@/lib/storage/testing';
import { logResponse, setFollowUp, wipeAll } from '@/lib/storage/writes';
import { tabStateKey } from '@/lib/tab-state';
import { showDueFollowUpsBadge, showTabBadge, unansweredNegatives } from './badge';

const NOW = 1_760_000_000_000;
const item = (id: string, tone: 'negative' | 'neutral' | 'positive', extra: Partial<PanelItem> = {}) =>
  ({ id, isOwnerReply: false, labels: { tone }, ...extra }) as unknown as PanelItem;
const items = [
  item('a', 'negative'),
  item('b', 'negative'),
  item('answered', 'negative', { handled: 'answered' }),
  item('ownerReplied', 'negative', { handled: 'repliedOnPage' }),
  item('owner', 'negative', { isOwnerReply: true }),
  item('happy', 'positive'),
];

afterEach(async () => {
  await wipeAll(getDb());
});

async function dueFollowUps(count: number) {
  for (let i = 0; i < count; i++) {
    const row = await logResponse(getDb(), makeResponse({ repliedAt: NOW - 86_400_000 }));
    await setFollowUp(getDb(), row.id, NOW - 1000);
  }
  const later = await logResponse(getDb(), makeResponse({ repliedAt: NOW - 86_400_000 }));
  await setFollowUp(getDb(), later.id, NOW + 86_400_000);
}

describe('the toolbar badge counts one thing, the one chosen in Settings', () => {
  it('by default: the negatives on the tab nothing was done about', async () => {
    expect(unansweredNegatives(items)).toBe(2);
    await showTabBadge(7, items);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    await showTabBadge(7, items.slice(2));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    // Not the follow-ups: the global badge is cleared.
    await dueFollowUps(2);
    expect(await showDueFollowUpsBadge(NOW)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('follow-ups due: the same count everywhere, over tabs that had a per-tab number', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, toolbarBadge: 'dueFollowUps' });
    await dueFollowUps(3);
    await fakeBrowser.storage.session.set({ [tabStateKey(7)]: { tabId: 7, items: [] } });
    await fakeBrowser.action.setBadgeText({ tabId: 7, text: '5' });
    await showTabBadge(7, items);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5'); // left alone: not its meaning
    expect(await showDueFollowUpsBadge(NOW)).toBe(3);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
  });
});
