/** The word characters a shortcut name is made of (the schema's name rule uses the same set). Kept here, apart from the schema, so content scripts do not bundle the template parser. */
export const SHORTCUT_WORD = /[\p{L}\p{N}_-]/u;

/** Where a typed shortcut sits in the text before the caret: [start, end) of the name alone. */
export interface ShortcutMatch {
  name: string;
  start: number;
  end: number;
}

/** Characters that end a shortcut when typed right after it (they stay in the box). */
const DELIMITER = /[\s.,!?;:)]/u;

/**
 * The shortcut the user just finished typing, read from the text before the caret, or undefined.
 * A name counts only at the start of the text or after whitespace ("a;thanks" is not one), and
 * once a space or punctuation is typed after it (so ";thanksgiving" is never cut short while it
 * is typed); only the name is replaced, the space stays. Pure: no DOM.
 * @example matchShortcut('Hi ;thanks ', [';thanks']) // { name: ';thanks', start: 3, end: 10 }
 */
export function matchShortcut(before: string, names: readonly string[]): ShortcutMatch | undefined {
  if (names.length === 0 || !before.includes(';')) return undefined;
  const chars = [...before];
  let end = chars.length;
  const last = chars[end - 1];
  if (last === undefined || !DELIMITER.test(last) || last === ';') return undefined;
  end -= 1;
  let start = end;
  while (start > 0 && SHORTCUT_WORD.test(chars[start - 1]!)) start -= 1;
  if (start === 0 || chars[start - 1] !== ';') return undefined;
  start -= 1;
  if (start > 0 && !/\s/u.test(chars[start - 1]!)) return undefined;
  const name = chars.slice(start, end).join('');
  if (!names.includes(name)) return undefined;
  // Offsets in UTF-16 code units, as the DOM counts them.
  const unitStart = chars.slice(0, start).join('').length;
  return { name, start: unitStart, end: unitStart + name.length };
}
