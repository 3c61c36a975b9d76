import { isSensibleTime } from '@/lib/time';

/**
 * The one formatting layer for times, dates, counts and sizes the panel and
 * dashboard show. Nothing here throws: a value that cannot be shown becomes a
 * short placeholder, so one bad row never blanks a page.
 */

export const INVALID_TIME = 'invalid date';

function makeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat(undefined, options);
  } catch {
    return undefined;
  }
}
const dateTime = makeFormat({ dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = makeFormat({ dateStyle: 'medium' });

function formatWith(format: Intl.DateTimeFormat | undefined, at: unknown): string {
  if (at === undefined || at === null || at === '') return '';
  const ms = typeof at === 'string' ? Date.parse(at) : at;
  if (!isSensibleTime(ms)) return INVALID_TIME;
  try {
    return format ? format.format(ms) : new Date(ms).toISOString();
  } catch {
    return INVALID_TIME;
  }
}

/** "3 Dec 2026, 10:14" for ms since 1970 or an ISO string; '' when absent; "invalid date" out of range. */
export function formatDateTime(at: number | string | undefined): string {
  return formatWith(dateTime, at);
}

export function formatDate(at: number | string | undefined): string {
  return formatWith(dateOnly, at);
}

/** "12,345"; "–" for anything that is not a finite number. */
export function formatCount(value: number | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  try {
    return value.toLocaleString();
  } catch {
    return String(value);
  }
}

/** "3 h 20 min", "2 d 4 h", "45 s". */
export function formatDuration(ms: number | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '–';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.round(ms / 1000)} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${formatCount(Math.floor(hours / 24))} d ${hours % 24} h`;
}

export function formatBytes(bytes: number | undefined): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return 'unknown';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** A value for <input type="datetime-local"> in local time; '' when the time cannot be shown. */
export function toLocalInputValue(at: number): string {
  if (!isSensibleTime(at)) return '';
  try {
    const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
    return date.toISOString().slice(0, 16);
  } catch {
    return '';
  }
}

export { excerpt, neutralText, cutForDisplay } from './text';
