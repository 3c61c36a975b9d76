/**
 * Text from pages and files, made safe to show: it cannot reorder itself with
 * bidirectional controls, carries no lone surrogates, and is cut before it can
 * freeze layout. Used by every place the panel and dashboard show page text.
 */

/**
 * Explicit direction embeddings, overrides and isolates (LRE RLE PDF LRO RLO,
 * LRI RLI FSI PDI) and the direction marks (LRM RLM ALM). A name like
 * "\u202EnimdA" would otherwise display as "Admin". Where text needs its own
 * direction, the element showing it uses dir="auto" (see <SafeText>).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** High surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates with U+FFFD, so encodeURIComponent and TextEncoder never throw on it. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Removes bidirectional controls and lone surrogates. Never throws; non-strings become ''. */
export function neutralText(value: unknown): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : safeString(value);
  return wellFormed(value).replace(BIDI_CONTROLS, '');
}

function safeString(value: unknown): string {
  try {
    return neutralText(String(value));
  } catch {
    return '';
  }
}

/** How much page text the panel and dashboard show before "Show all". */
export const DISPLAY_LIMIT = 2000;

/**
 * Cuts neutralised text to at most `max` characters (never inside a surrogate pair)
 * and says how many were left out.
 */
export function cutForDisplay(value: unknown, max = DISPLAY_LIMIT): { text: string; hidden: number } {
  const text = neutralText(value);
  if (text.length <= max) return { text, hidden: 0 };
  let end = Math.max(0, max - 1);
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
  return { text: text.slice(0, end) + '…', hidden: text.length - end };
}

/** One line: whitespace folded, neutralised, cut to `max` characters with an ellipsis. */
export function excerpt(value: unknown, max = 140): string {
  // Fold only the part that can be shown: a 1 MB comment is not scanned whole.
  const head = neutralText(value).slice(0, max * 4);
  const flat = head.replace(/\s+/g, ' ').trim();
  return flat.length > max ? cutForDisplay(flat, max).text : flat;
}
