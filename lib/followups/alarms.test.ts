// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReplybookDB } from '@/lib/storage/db';
import { completeFollowUp, logResponse, setFollowUp } from '@/lib/storage/writes';
import { freshDb, makeResponse } from '@/lib/storage/testing';
import {
  checkFollowUps,
  followUpAlarmName,
  handleAlarm,
  NEXT_ALARM,
  registerFollowUpHandlers,
  restoreFollowUpAlarms,
  scheduleFollowUpAlarm,
  SUMMARY_NOTIFICATION,
  summaryText,
} from './alarms';

const T0 = 1_700_000_000_000;
let db: ReplybookDB;

beforeEach(() => {
  db = freshDb();
  // Not in WXT's fake browser: the manifest (read for the icon path).
  fakeBrowser.runtime.getManifest = vi.fn(() => ({
    manifest_version: 3,
    name: 'Replybook',
    version: '1',
    icons: { 16: '/icon/16.png', 128: '/icon/128.png' },
  })) as never;
});
afterEach(async () => {
  await db.delete();
});

describe('follow-up reminders: one summary, never a storm', () => {
  async function withFollowUps(times: number[]) {
    const rows = [];
    for (const at of times) {
      const row = await logResponse(db, makeResponse({ repliedAt: T0 - 86_400_000 }));
      await setFollowUp(db, row.id, at);
      rows.push(row);
    }
    return rows;
  }

  it('keeps one alarm, at the earliest follow-up time', async () => {
    await scheduleFollowUpAlarm('r1', T0 + 2000);
    await scheduleFollowUpAlarm('r2', T0 + 1000);
    await scheduleFollowUpAlarm('r3', T0 + 5000);
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: NEXT_ALARM, scheduledTime: T0 + 1000 })]);
  });

  it('shows one summary for 150 overdue follow-ups, and the toolbar badge is left to the page', async () => {
    await withFollowUps(Array.from({ length: 150 }, (_, i) => T0 - i * 1000));
    await withFollowUps([T0 + 60_000]);
    expect(await handleAlarm({ name: NEXT_ALARM }, db, T0)).toBe(SUMMARY_NOTIFICATION);
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, boolean>;
    expect(Object.keys(shown)).toEqual([SUMMARY_NOTIFICATION]);
    expect(summaryText(150).title).toBe('150 follow-ups due');
    expect(summaryText(5308).title).toBe('5,308 follow-ups due');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    // The next alarm waits for the next follow-up that is not due yet.
    expect(await fakeBrowser.alarms.get(NEXT_ALARM)).toMatchObject({ scheduledTime: T0 + 60_000 });
    // Firing again with nothing new shows nothing new.
    expect(await handleAlarm({ name: 'followup-badge' }, db, T0 + 1)).toBeUndefined();
  });

  it('updates the one summary when more come due, and removes it when none are', async () => {
    const [first] = await withFollowUps([T0 - 1000, T0 + 60_000]);
    expect(await checkFollowUps(db, T0)).toBe(1);
    expect(await handleAlarm({ name: NEXT_ALARM }, db, T0 + 60_000)).toBe(SUMMARY_NOTIFICATION);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([SUMMARY_NOTIFICATION]);
    await completeFollowUp(db, first!.id, T0 + 60_001);
    const rows = await db.responses.toArray();
    for (const row of rows) await completeFollowUp(db, row.id, T0 + 60_002);
    expect(await checkFollowUps(db, T0 + 60_003)).toBe(0);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    expect(await fakeBrowser.alarms.get(NEXT_ALARM)).toBeUndefined();
  });

  it('start-up reads nothing from the log: it clears old per-row alarms and sets a delayed check', async () => {
    await fakeBrowser.alarms.create(followUpAlarmName('old-row'), { when: T0 });
    await restoreFollowUpAlarms();
    const names = (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();
    expect(names).toEqual(['followup-badge', NEXT_ALARM].sort());
  });

  it('registered handlers show the summary on an alarm and open Follow-ups on a click', async () => {
    await withFollowUps([0]);
    registerFollowUpHandlers(db);
    await fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_ALARM, scheduledTime: 0, persistAcrossSessions: true });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([SUMMARY_NOTIFICATION]));
    await fakeBrowser.notifications.onClicked.trigger(SUMMARY_NOTIFICATION);
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/dashboard.html') + '#/followups');
    });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(0));
  });
});
