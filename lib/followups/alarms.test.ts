import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReplybookDB } from '@/lib/storage/db';
import { completeFollowUp, logResponse, setFollowUp } from '@/lib/storage/responses';
import { freshDb, makeResponse } from '@/lib/storage/testing';
import {
  followUpAlarmName,
  handleAlarm,
  refreshDueBadge,
  registerFollowUpHandlers,
  restoreFollowUpAlarms,
  scheduleFollowUpAlarm,
} from './alarms';

const T0 = 1_700_000_000_000;
let db: ReplybookDB;

beforeEach(() => {
  db = freshDb();
  // Not in WXT's fake browser: the manifest (read for the icon path).
  fakeBrowser.runtime.getManifest = vi.fn(() => ({ manifest_version: 3, name: 'Replybook', version: '1', icons: { 16: '/icon/16.png', 128: '/icon/128.png' } })) as never;
});
afterEach(async () => {
  await db.delete();
});

describe('follow-up alarms', () => {
  it('schedules one alarm per response', async () => {
    await scheduleFollowUpAlarm('r1', T0 + 1000);
    await scheduleFollowUpAlarm('r1', T0 + 2000);
    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: followUpAlarmName('r1'), scheduledTime: T0 + 2000 }),
    ]);
  });

  it('shows a notification for a due follow-up and sets the badge to the due count', async () => {
    const row = await logResponse(db, makeResponse({ repliedAt: T0, item: { author: 'Dana K.', text: 'Cold soup' } }));
    await setFollowUp(db, row.id, T0 + 1000);
    const id = await handleAlarm({ name: followUpAlarmName(row.id) }, db, T0 + 2000);
    expect(id).toBe('followup:' + row.id);
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, boolean>;
    expect(Object.keys(shown)).toEqual(['followup:' + row.id]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('shows nothing for a completed follow-up and clears the badge', async () => {
    const row = await logResponse(db, makeResponse({ repliedAt: T0 }));
    await setFollowUp(db, row.id, T0 + 1000);
    await completeFollowUp(db, row.id, T0 + 1500);
    expect(await handleAlarm({ name: followUpAlarmName(row.id) }, db, T0 + 2000)).toBeUndefined();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('re-creates alarms for pending follow-ups after a restart', async () => {
    const a = await logResponse(db, makeResponse({ repliedAt: T0 }));
    const b = await logResponse(db, makeResponse({ repliedAt: T0 }));
    const c = await logResponse(db, makeResponse({ repliedAt: T0 }));
    await setFollowUp(db, a.id, T0 - 5000);
    await setFollowUp(db, b.id, T0 + 60_000);
    await setFollowUp(db, c.id, T0 + 1);
    await completeFollowUp(db, c.id);
    expect(await restoreFollowUpAlarms(db, T0)).toBe(2);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((alarm) => [alarm.name, alarm.scheduledTime]).sort()).toEqual(
      [
        [followUpAlarmName(a.id), T0 + 1000],
        [followUpAlarmName(b.id), T0 + 60_000],
        ['followup-badge', expect.any(Number)],
      ].sort(),
    );
    expect(await refreshDueBadge(db, T0)).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('registered handlers notify on an alarm and open the dashboard on a click', async () => {
    const row = await logResponse(db, makeResponse({ repliedAt: T0 }));
    await setFollowUp(db, row.id, 0);
    registerFollowUpHandlers(db);
    await fakeBrowser.alarms.onAlarm.trigger({ name: followUpAlarmName(row.id), scheduledTime: 0, persistAcrossSessions: true });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    await fakeBrowser.notifications.onClicked.trigger('followup:' + row.id);
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((tab) => tab.url)).toContain(
        fakeBrowser.runtime.getURL('/options.html') + '#/log/' + encodeURIComponent(row.id),
      );
    });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(0));
  });
});
