import type { ComposeContext } from '../types';

/** First letter in capitals. */
export function cap(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

/** A fact or phrase as a sentence: capital first, a full stop at the end unless it has one. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/[;,:\s]+$/u, '');
  if (!trimmed) return '';
  return /[.!?…]$/u.test(trimmed) ? cap(trimmed) : `${cap(trimmed)}.`;
}

/** "[answer: do you have a high chair?]" → "[answer]": the second reply marks the gap without repeating the question. */
export function shortGap(gap: string): string {
  return gap.replace(/^\[([^:\]]+):.*\]$/u, '[$1]');
}

/** The answer from the profile's facts as a sentence, or the marked gap when there is none. */
export function answerOrGap(c: ComposeContext): string {
  return c.answer ? sentence(c.answer) : (c.gap ?? '');
}
