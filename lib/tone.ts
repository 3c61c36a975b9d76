import type { Tone } from '@/lib/classifier/labels';

/**
 * The one rule for an item's tone everywhere Replybook shows or stores it: the user's
 * correction, else the classifier's label. The background applies it to a tab's items
 * before storing them (lib/panel/status.ts), the log's writes to its rows (lib/storage/writes.ts).
 */
export function effectiveTone<T extends Tone | undefined>(labelTone: T, correction: Tone | null | undefined): Tone | T {
  return correction ?? labelTone;
}

/** Worst first: the panel answers in this order, People counts a rise as a turnaround. */
export const TONE_RANK: Record<Tone, number> = { negative: 0, neutral: 1, positive: 2 };
