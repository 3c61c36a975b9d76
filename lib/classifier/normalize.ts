/**
 * Text clean-up shared by the tokenizer and the rule flags: caps the work on huge inputs,
 * repairs unpaired surrogates, decodes HTML entities and literal `\u2019`-style escapes, and
 * drops bidi/zero-width controls. Pure string code: runs in the extension, Node and the CLI.
 */
import { primed } from './pattern-priming';

/** Only the first this-many UTF-16 units of a text are looked at (a long review fits easily). */
export const MAX_CHARS = 5000;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  cent: '¢',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  hearts: '♥',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ntilde: 'ñ',
};

function codePointToString(code: number): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** `&amp;` `&#39;` `&#x1F600;` → characters; unknown entities stay as they are. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const isHex = body[1] === 'x' || body[1] === 'X';
      return codePointToString(parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10));
    }
    return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Value of the four hex digits at text[i, i + 4), or -1 when they are not four hex digits. */
function hex4At(text: string, i: number): number {
  let v = 0;
  for (let k = i; k < i + 4; k++) {
    const c = text.charCodeAt(k); // NaN past the end: not a digit
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/**
 * Literal escapes left in scraped or exported text: `\u2019`, `\ud83d\ude02` (a pair), `\n`, `\"`.
 * A lone escaped surrogate becomes U+FFFD, like any unpaired surrogate.
 *
 * Scanned by hand, with exactly the matches of the two global replaces it used to be (kept in
 * normalize.test.ts as the reference): `/\\u([0-9a-fA-F]{4})(?:\\u([0-9a-fA-F]{4}))?/g`, then
 * `/\\([nrt"'\\/])/g` on the result; the replace callbacks and their captured substrings were
 * 4 % of a pass over tweets, many of which hold a literal `\u2019`.
 */
export function decodeLiteralEscapes(text: string): string {
  if (text.indexOf('\\') < 0) return text;
  // Pass 1: \uXXXX, optionally followed by a second \uXXXX (a surrogate pair).
  let out = '';
  let last = 0;
  for (let i = text.indexOf('\\'); i >= 0; ) {
    const hi = text.charCodeAt(i + 1) === 117 ? hex4At(text, i + 2) : -1;
    if (hi < 0) {
      i = text.indexOf('\\', i + 1);
      continue;
    }
    const lo = text.charCodeAt(i + 6) === 92 && text.charCodeAt(i + 7) === 117 ? hex4At(text, i + 8) : -1;
    let decoded: string;
    if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
      decoded = String.fromCodePoint(((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
    } else {
      const first = hi >= 0xd800 && hi <= 0xdfff ? '\ufffd' : String.fromCharCode(hi);
      decoded = lo < 0 ? first : first + decodeLiteralEscapes(`\\u${text.slice(i + 8, i + 12)}`);
    }
    out += text.slice(last, i) + decoded;
    last = i + (lo < 0 ? 6 : 12);
    i = text.indexOf('\\', last);
  }
  const unicode = last === 0 ? text : out + text.slice(last);
  // Pass 2: \n \r \t become spaces; \" \' \\ \/ lose their backslash.
  let from = unicode.indexOf('\\');
  if (from < 0) return unicode;
  out = '';
  last = 0;
  while (from >= 0) {
    const c = unicode.charCodeAt(from + 1);
    if (c === 110 || c === 114 || c === 116 || c === 34 || c === 39 || c === 92 || c === 47) {
      out += unicode.slice(last, from) + (c === 110 || c === 114 || c === 116 ? ' ' : unicode[from + 1]!);
      last = from + 2;
      from = unicode.indexOf('\\', last);
    } else {
      from = unicode.indexOf('\\', from + 1);
    }
  }
  return out + unicode.slice(last);
}

/** Replaces every unpaired UTF-16 surrogate with U+FFFD (String#toWellFormed, for older engines). */
export function toWellFormed(text: string): string {
  let out: string[] | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    out ??= [];
    out.push(text.slice(start, i), '\ufffd');
    start = i + 1;
  }
  if (out === null) return text;
  out.push(text.slice(start));
  return out.join('');
}

// Bidi marks/isolates, zero-width joiners and spaces, emoji variation selectors, BOM, C0/C1 controls (kept: tab, newline).
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe0e\ufe0f\ufeff]/g;

/**
 * Bits of textFacts: signs in a text that classify's rule gate and starred-swearing count ask
 * about. They are noted in the pass normalizeText makes over the characters anyway, instead
 * of four more regular-expression scans of every text (about 3 % of a pass over tweets).
 */
/** A line break: \n \r U+2028 U+2029 (rules.ts: a question word may start a line). */
export const TEXT_LINE_BREAK = 1;
export const TEXT_QUESTION_MARK = 2;
/** $ £ € */
export const TEXT_CURRENCY = 4;
/** One of * # @ $ ! (lexicon.ts starredCount). */
export const TEXT_STAR_MARK = 8;
/** One of * # @ $ ! _ right after one of f h b a c, either case (lexicon.ts starredCount). */
export const TEXT_MARK_AFTER_LETTER = 16;
/** normalizeFully would change the text (only in textFacts' scan; never in lastTextFacts). */
const NOT_NORMAL = 32;
// Scan-only bits: the letters f h b a c, and the marks after them (the star marks and "_").
const LETTER_FHBAC = 64;
const MARK_OR_UNDERSCORE = 128;

/** textFacts bits of each ASCII character. */
const ASCII_FACTS = new Uint8Array(128);
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) ASCII_FACTS[c] = NOT_NORMAL; // controls
ASCII_FACTS[0x7f] = NOT_NORMAL;
for (const ch of '&\\`') ASCII_FACTS[ch.charCodeAt(0)] = NOT_NORMAL; // entities, escapes, backtick apostrophes
ASCII_FACTS[0x0a] = ASCII_FACTS[0x0d] = TEXT_LINE_BREAK;
ASCII_FACTS[0x3f] = TEXT_QUESTION_MARK;
for (const ch of '*#@!') ASCII_FACTS[ch.charCodeAt(0)] = TEXT_STAR_MARK | MARK_OR_UNDERSCORE;
ASCII_FACTS[0x24] = TEXT_CURRENCY | TEXT_STAR_MARK | MARK_OR_UNDERSCORE; // $
ASCII_FACTS[0x5f] = MARK_OR_UNDERSCORE; // _
for (const ch of 'fhbacFHBAC') ASCII_FACTS[ch.charCodeAt(0)] = LETTER_FHBAC;

/**
 * The TEXT_* bits of text, plus NOT_NORMAL when normalizeFully would change it: an unpaired
 * surrogate, `&`, a backslash, something INVISIBLE or an apostrophe to straighten. One pass
 * over the code units; most comments (emoji included) need nothing more.
 */
function textFacts(text: string): number {
  let facts = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f = 0;
    if (c < 0x80) f = ASCII_FACTS[c]!;
    else if (c < 0xa0)
      f = NOT_NORMAL; // C1 controls
    else if (c === 0xa3) f = TEXT_CURRENCY;
    else if (c === 0xb4 || c === 0x2bc || c === 0xfe0e || c === 0xfe0f || c === 0xfeff) f = NOT_NORMAL;
    else if (c >= 0x200b && c <= 0x20ac) {
      if (c <= 0x200f || c === 0x2018 || c === 0x2019 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069)) f = NOT_NORMAL;
      else if (c === 0x2028 || c === 0x2029) f = TEXT_LINE_BREAK;
      else if (c === 0x20ac) f = TEXT_CURRENCY;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A high surrogate followed by a low one is a pair; anything else is repaired by toWellFormed.
      const d = text.charCodeAt(i + 1);
      if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) f = NOT_NORMAL;
      else i++;
    }
    if (f !== 0) {
      facts |= f;
      if ((f & MARK_OR_UNDERSCORE) !== 0 && (previous & LETTER_FHBAC) !== 0) facts |= TEXT_MARK_AFTER_LETTER;
    }
    previous = f;
  }
  return facts;
}

/** TEXT_* bits of the text normalizeText returned last (classify reads them right after it). */
let lastFacts = 0;

/** What normalizeText noted about the text it returned last: TEXT_* bits. */
export function lastTextFacts(): number {
  return lastFacts;
}

/**
 * Everything the tokenizer and the rules need before they start: at most MAX_CHARS units,
 * well-formed UTF-16, entities and literal escapes decoded, invisible controls removed,
 * typographic apostrophes made plain. Also notes the TEXT_* bits of the result (lastTextFacts).
 */
export function normalizeText(raw: string): string {
  let text = typeof raw === 'string' ? raw : String(raw ?? '');
  if (text.length > MAX_CHARS) text = text.slice(0, MAX_CHARS);
  let facts = textFacts(text);
  if ((facts & NOT_NORMAL) !== 0) {
    text = normalizeFully(text);
    facts = textFacts(text);
  }
  lastFacts = facts & (TEXT_LINE_BREAK | TEXT_QUESTION_MARK | TEXT_CURRENCY | TEXT_STAR_MARK | TEXT_MARK_AFTER_LETTER);
  return text;
}

/** TEXT_* bits of a text already normalized (what lastTextFacts says right after normalizeText). */
export function normalizedTextFacts(text: string): number {
  return textFacts(text) & (TEXT_LINE_BREAK | TEXT_QUESTION_MARK | TEXT_CURRENCY | TEXT_STAR_MARK | TEXT_MARK_AFTER_LETTER);
}

/** The passes of normalizeText on text already capped at MAX_CHARS (exported for tests). */
export function normalizeFully(text: string): string {
  text = toWellFormed(text);
  text = decodeLiteralEscapes(decodeEntities(text));
  text = decodeEntities(text); // `&amp;amp;` and escapes that hid an entity
  return text.replace(INVISIBLE, '').replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
}
