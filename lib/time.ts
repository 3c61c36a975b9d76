import { z } from 'zod';

/**
 * The range of times Replybook stores: 1970-01-01 to 2100-01-01 (ms since the epoch).
 * Anything outside is a broken file or a forged message; a far-future time such as
 * 1e20 would also make `Intl.DateTimeFormat` throw on every page that shows it.
 */
export const MIN_EPOCH_MS = 0;
export const MAX_EPOCH_MS = Date.UTC(2100, 0, 1);

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-05 was the first Monday after the epoch. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

/** Start (Monday 00:00 UTC) of the week holding `at`. */
export function weekStart(at: number): number {
  return Math.floor((at - FIRST_MONDAY_MS) / WEEK_MS) * WEEK_MS + FIRST_MONDAY_MS;
}

export function isSensibleTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= MIN_EPOCH_MS && value <= MAX_EPOCH_MS;
}

/** A stored time in ms since the epoch, bounded to [1970, 2100] with a message naming the value. */
export const EpochMsSchema = z.number().superRefine((value, ctx) => {
  if (!isSensibleTime(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a time between 1970-01-01 and 2100-01-01 (ms since 1970), got ${String(value)}`,
    });
  }
});
