// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { ReplybookDB, type ResponseRow } from './db';
import { monthKeyOf, monthRange, monthReport, monthReportFrom, monthsWithResponses } from './month-report';

const at = (year: number, month: number, day: number, hour = 12) => new Date(year, month - 1, day, hour).getTime();
const HOUR = 3_600_000;

let n = 0;
function row(over: Partial<ResponseRow>): ResponseRow {
  n += 1;
  return {
    id: `r${n}`,
    itemId: `i${n}`,
    site: 'yelp',
    pageUrl: 'https://www.yelp.com/biz/x',
    itemText: 'text',
    replyText: 'reply',
    action: 'inserted',
    firstSeenAt: at(2026, 11, 10) - 2 * HOUR,
    repliedAt: at(2026, 11, 10),
    followUpState: 'none',
    ...over,
  };
}

const rows = [
  row({ tone: 'negative', firstSeenAt: at(2026, 11, 3) - 30 * HOUR, repliedAt: at(2026, 11, 3) }), // 30 h: late
  row({ tone: 'negative', firstSeenAt: at(2026, 11, 4) - 2 * HOUR, repliedAt: at(2026, 11, 4), site: 'google-maps' }),
  row({ tone: 'positive', repliedAt: at(2026, 11, 30, 23), firstSeenAt: at(2026, 11, 30, 22) }),
  row({ tone: 'negative', action: 'ignored', repliedAt: at(2026, 11, 12) }),
  row({ tone: 'neutral', repliedAt: at(2026, 12, 1, 0) + 60_000, firstSeenAt: at(2026, 11, 30) }), // December
  row({ repliedAt: at(2026, 10, 31, 23), followUpState: 'done', followUpAt: at(2026, 11, 5), followUpDoneAt: at(2026, 11, 7) }), // October reply, November follow-up
  row({ repliedAt: at(2026, 10, 20), followUpState: 'due', followUpAt: at(2026, 11, 20) }),
];

describe('monthly report', () => {
  it('counts one calendar month in local time: replies, tones, median wait, negatives within 24 h, follow-ups, sites', () => {
    const report = monthReportFrom(rows, '2026-11');
    expect(report).toEqual({
      month: '2026-11',
      responses: 4,
      answered: 3,
      ignored: 1,
      tones: { positive: 1, neutral: 0, negative: 3, unlabelled: 0 },
      medianReplyMs: 2 * HOUR,
      negativesAnswered: 2,
      negativesAnsweredIn24h: 1,
      followUpsDone: 1,
      followUpsOpen: 1,
      bySite: [
        { site: 'yelp', responses: 3, negative: 2 },
        { site: 'google-maps', responses: 1, negative: 1 },
      ],
    });
    expect(monthReportFrom(rows, '2026-12').responses).toBe(1);
    expect(monthReportFrom(rows, '2026-09')).toMatchObject({ responses: 0, answered: 0, followUpsDone: 0 });
    expect(monthReportFrom(rows, '2026-09').medianReplyMs).toBeUndefined();
  });

  it('bounds months at local midnight, December to January included', () => {
    expect(monthRange('2026-12')).toEqual([new Date(2026, 11, 1).getTime(), new Date(2027, 0, 1).getTime()]);
    expect(monthKeyOf(new Date(2027, 0, 1).getTime() - 1)).toBe('2026-12');
    expect(monthKeyOf(new Date(2027, 0, 1).getTime())).toBe('2027-01');
  });

  describe('from the database', () => {
    let db: ReplybookDB | undefined;
    afterEach(async () => {
      await db?.delete();
    });

    it('lists the months with replies, newest first, and reads the same report as the rows give', async () => {
      db = new ReplybookDB('month-report-test');
      await db.open();
      await db.responses.bulkAdd(rows);
      expect(await monthsWithResponses(db)).toEqual(['2026-12', '2026-11', '2026-10']);
      expect(await monthReport(db, '2026-11')).toEqual(monthReportFrom(rows, '2026-11'));
    });
  });
});
