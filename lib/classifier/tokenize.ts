import { primed } from './pattern-priming';
import { normalizeText } from './normalize';
import { ANY_RULE, ruleGateBits } from './rules';

/**
 * Tokenizer for comments, reviews and tweets: words (with negation scope, elongation and
 * ALL-CAPS noted), hashtags, @mentions, URLs, emoji, emoticons, numbers and !/? runs.
 */

export type TokenKind = 'word' | 'hashtag' | 'mention' | 'url' | 'emoji' | 'emoticon' | 'number' | 'punct';

export interface Token {
  /** Feature form: lower case, elongation squeezed, `neg_` prefix inside a negation scope. */
  text: string;
  /** Lower-cased surface form without the `neg_` prefix: what reasons show the user. */
  word: string;
  kind: TokenKind;
  isNegated: boolean;
  /** Had a letter repeated 3+ times ("sooooo"). */
  isElongated: boolean;
  /** Written in capitals, at least 3 letters ("WORST"). */
  isAllCaps: boolean;
  /**
   * The record shared by every token with this surface form (words, numbers and hashtags;
   * null for other kinds), where later stages may cache what they derive from the word.
   */
  surface: SurfaceInfo | null;
  /** Which rule and topic patterns this token may take part in (rules.ts ruleGateBits). */
  ruleBits: number;
}

// Emoticons and emoji are matched with sticky regular expressions at candidate positions;
// everything else is scanned by hand (this tokenizer is the hot path of classify()).
const EMOTICON_Y = primed(
  /(?:>?[:;=8][-'^o]?[)\]}(\[{DPpOo3*\/\\|@$]+(?![\p{L}\p{N}])|[(\[]-?[:;=](?![\p{L}])|<\/?3+|\^_*\^|[xX][dD]+(?![\p{L}\p{N}])|[Tt]_[Tt]|;_;|-_-|[oO]_[oO])/uy,
);
const EMOJI_Y = primed(/\p{Regional_Indicator}{2}|\p{Extended_Pictographic}/uy);
const UNICODE_LN = primed(/^[\p{L}\p{N}]$/u);
const UNICODE_L = primed(/^\p{L}$/u);
const UNICODE_M = primed(/^\p{M}$/u);
const UNICODE_N = /^\p{N}+$/u;
const UNICODE_SPACE = primed(/^\s$/u);

const CLASS_L = 1;
const CLASS_N = 2;
const CLASS_M = 4;
const CLASS_SPACE = 8;
const charClassCache = new Map<number, number>();

/** charClass of each ASCII code point: a table, so a run of letters costs no branches per character. */
const ASCII_CLASS = new Uint8Array(128);
for (let cp = 0; cp < 128; cp++) {
  if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) ASCII_CLASS[cp] = CLASS_L;
  else if (cp >= 48 && cp <= 57) ASCII_CLASS[cp] = CLASS_N;
  else if (cp === 95)
    ASCII_CLASS[cp] = CLASS_L | CLASS_N; // "_" counts as a word character
  else ASCII_CLASS[cp] = cp <= 32 ? CLASS_SPACE : 0;
}

/** Letter / number / mark / space bits of a code point (ASCII from a table, others cached). */
function charClass(cp: number): number {
  if (cp < 128) return cp < 0 ? CLASS_SPACE : ASCII_CLASS[cp]!; // -1 (past the end) as before
  let bits = charClassCache.get(cp);
  if (bits === undefined) {
    const ch = String.fromCodePoint(cp);
    bits =
      (UNICODE_L.test(ch) ? CLASS_L : 0) |
      (UNICODE_LN.test(ch) && !UNICODE_L.test(ch) ? CLASS_N : 0) |
      (UNICODE_M.test(ch) ? CLASS_M : 0) |
      (UNICODE_SPACE.test(ch) ? CLASS_SPACE : 0);
    if (charClassCache.size > 20_000) charClassCache.clear();
    charClassCache.set(cp, bits);
  }
  return bits;
}

function cpAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

function cpLen(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** End of the run of code points starting at i whose class has any of `mask`. */
function runEnd(text: string, i: number, mask: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII (most characters of most texts): one table read, no code point decoding.
    if (c < 128) {
      if ((ASCII_CLASS[c]! & mask) === 0) break;
      i++;
      continue;
    }
    const cp = c < 0xd800 || c > 0xdbff ? c : text.codePointAt(i)!;
    if ((charClass(cp) & mask) === 0) break;
    i += cpLen(cp);
  }
  return i;
}

type Group = 'url' | 'mention' | 'hashtag' | 'emoticon' | 'word' | 'punct' | 'emoji';

function isEmoticonStart(text: string, i: number, c: number): boolean {
  switch (c) {
    case 62:
    case 58:
    case 59:
    case 61:
    case 40:
    case 91:
    case 60:
    case 94:
    case 45: // > : ; = ( [ < ^ -
      return true;
    case 56: // 8
      return !(charClass(cpAt(text, i + 1)) & CLASS_N);
    case 120:
    case 88: {
      // x X
      const d = text.charCodeAt(i + 1);
      return d === 100 || d === 68;
    }
    case 84:
    case 116:
    case 111:
    case 79: // T t o O
      return text.charCodeAt(i + 1) === 95;
    default:
      return false;
  }
}

/**
 * Calls onToken(group, start, end) for each token of text, in order. Same tokens as the
 * alternation url | mention | hashtag | emoticon | word | punct | emoji, tried in that order.
 */
function scan(text: string, onToken: (group: Group, start: number, end: number) => void): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    if ((c === 104 && (text.startsWith('http://', i) || text.startsWith('https://', i))) || (c === 119 && text.startsWith('www.', i))) {
      const from = i + (c === 119 ? 4 : text.startsWith('https://', i) ? 8 : 7);
      let j = from;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 60 || d === 62 || d === 34 || d <= 32 || (d >= 128 && charClass(cpAt(text, j)) & CLASS_SPACE)) break;
        j++;
      }
      if (j > from) {
        onToken('url', i, j);
        i = j;
        continue;
      }
    }
    if (c === 64) {
      const end = runEnd(text, i + 1, CLASS_L | CLASS_N);
      if (end > i + 1) {
        onToken('mention', i, end);
        i = end;
        continue;
      }
    }
    if (c === 35) {
      const end = runEnd(text, i + 1, CLASS_L | CLASS_N);
      let hasLetter = false;
      for (let j = i + 1; j < end && !hasLetter; ) {
        const cp = text.codePointAt(j)!;
        if (charClass(cp) & CLASS_L && cp !== 95) hasLetter = true;
        j += cpLen(cp);
      }
      if (hasLetter) {
        onToken('hashtag', i, end);
        i = end;
        continue;
      }
    }
    if (isEmoticonStart(text, i, c)) {
      EMOTICON_Y.lastIndex = i;
      if (EMOTICON_Y.test(text)) {
        onToken('emoticon', i, EMOTICON_Y.lastIndex);
        i = EMOTICON_Y.lastIndex;
        continue;
      }
    }
    const cp = c < 0xd800 || c > 0xdbff ? c : cpAt(text, i);
    const cls = charClass(cp);
    if (cls & (CLASS_L | CLASS_N)) {
      let end = runEnd(text, i + cpLen(cp), CLASS_L | CLASS_N | CLASS_M);
      // Contractions and elisions: don't, l'amour.
      while (text.charCodeAt(end) === 39) {
        const after = runEnd(text, end + 1, CLASS_L | CLASS_M);
        if (after === end + 1) break;
        end = after;
      }
      onToken('word', i, end);
      i = end;
      continue;
    }
    if (c === 33 || c === 63) {
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      onToken('punct', i, j);
      i = j;
      continue;
    }
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026) {
      let j = i + 1;
      for (let d = text.charCodeAt(j); d === 46 || d === 44 || d === 59 || d === 58 || d === 0x2026; d = text.charCodeAt(++j));
      onToken('punct', i, j);
      i = j;
      continue;
    }
    if (c >= 128) {
      EMOJI_Y.lastIndex = i;
      if (EMOJI_Y.test(text)) {
        onToken('emoji', i, EMOJI_Y.lastIndex);
        i = EMOJI_Y.lastIndex;
        continue;
      }
    }
    i += cpLen(cp);
  }
}

/** Emoticon → a shared category token, so ":-)" and "=)" carry the same weight. */
export function emoticonCategory(emoticon: string): string {
  const e = emoticon.replace(/-/g, '');
  if (/^<\/3/.test(e)) return '<broken_heart>';
  if (/^<3/.test(e)) return '<heart>';
  if (/^[xX][dD]+$/.test(e) || /^[:=8]'?[dD]/.test(e) || e === '^^' || /^\^_*\^$/.test(e)) return '<laugh>';
  if (/^>/.test(e)) return '<angry>';
  if (/^;[)\]D]/.test(e)) return '<wink>';
  if (/^[:=8]'/.test(e) || /^[Tt]_[Tt]$/.test(e) || e === ';_;') return '<cry>';
  if (/^[:;=8][)\]}3*]/.test(e) || /^[(\[][:;=]/.test(e)) return '<smile>';
  if (/^[:;=8][(\[{]/.test(e)) return '<sad>';
  if (/^[:;=8][pP]/.test(e)) return '<tongue>';
  if (/^[:;=8][oO]/.test(e) || /^[oO]_[oO]$/.test(e)) return '<surprise>';
  if (/^[:;=8][\/\\|@$]/.test(e) || e === '_') return '<annoyed>';
  return '<emoticon>';
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'nothing',
  'nobody',
  'none',
  'nor',
  'neither',
  'without',
  'nowhere',
  'hardly',
  'barely',
  'dont',
  'cant',
  'wont',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'didnt',
  'doesnt',
  'couldnt',
  'shouldnt',
  'wouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
  'mustnt',
  'neednt',
]);
/** Words that close a negation scope as punctuation does. */
const SCOPE_ENDERS = new Set(['but', 'however', 'although', 'though', 'yet']);
const MAX_NEGATION_SCOPE = 5;

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/** "sooooo" → "soo": runs of 3+ identical characters are squeezed to 2. */
export function squeezeElongation(word: string): string {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return word.replace(/(.)\1{2,}/gsu, '$1$1');
  }
  return word;
}

function isAllCapsWord(surface: string): boolean {
  let letters = 0;
  for (const ch of surface) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue; // uncased (digit, CJK, Arabic...)
    if (ch !== upper) return false;
    letters++;
  }
  return letters >= 3;
}

/** Tokens of a raw text (normalized first; huge texts are capped, never a crash). */
export function tokenize(raw: string): Token[] {
  return tokenizeNormalized(normalizeText(raw));
}

/** What a word, number or hashtag token's fields are, given its surface form (cached: words repeat). */
export class SurfaceInfo {
  /**
   * Free slots for a later stage's per-word data, plain and negated form: classify's scorer
   * keeps the slab row of the word's entry here, and a tag telling whose row it is.
   */
  memo = 0;
  memoTag = -1;
  memoNegated = 0;
  memoNegatedTag = -1;
  /** The stop-word set isStop was last answered for (classify's reasons; per language). */
  stopsChecked: ReadonlySet<string> | null = null;
  isStop = false;

  constructor(
    /** The characters as written in the text (the table's key). */
    readonly surface: string,
    readonly kind: 'word' | 'number' | 'hashtag',
    readonly word: string,
    readonly isElongated: boolean,
    readonly isAllCaps: boolean,
    /** A word that closes a negation scope ("but"). */
    readonly endsScope: boolean,
    /** A word that opens one ("not"). */
    readonly isNegator: boolean,
    /** rules.ts ruleGateBits of the surface as written. */
    readonly ruleBits: number,
  ) {
    this.hashtag = kind === 'hashtag';
    this.length = surface.length;
  }

  /** Read from a hashtag ("#love", not "love"). */
  readonly hashtag: boolean;
  /** surface.length, and its first six characters packed (surfaceInfo), so a lookup rarely reads the string. */
  readonly length: number;
  pack0 = 0;
  pack1 = 0;

  private negatedText: string | undefined = undefined;

  /** `neg_` + word, built on first use (most words are never negated). */
  get negated(): string {
    this.negatedText ??= `neg_${this.word}`;
    return this.negatedText;
  }
}

/**
 * Per-surface records in a direct-mapped table of SURFACE_SLOTS entries, looked up by a hash
 * of the characters in place: a word already seen costs no string slice and no allocation.
 * A new surface takes its slot, evicting whatever was there (memory stays bounded; a frequent
 * word that gets evicted is simply rebuilt the next time).
 */
const SURFACE_BITS = 16;
const SURFACE_SLOTS = 1 << SURFACE_BITS;
const surfaceRecords: (SurfaceInfo | undefined)[] = new Array<SurfaceInfo | undefined>(SURFACE_SLOTS).fill(undefined);

function surfaceInfo(text: string, start: number, end: number, hashtag: boolean): SurfaceInfo {
  // The hash, and the first six characters packed three to a number when all are below 256:
  // most words are short, so the slot's record alone tells whether it holds them (without
  // reading its string, another cache miss).
  let h = hashtag ? 0x9747b28c : 0x811c9dc5;
  let pack0 = 0;
  let pack1 = 0;
  let wide = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ c, 16777619);
    const k = i - start;
    if (c > 255) wide = true;
    else if (k < 3) pack0 = pack0 * 256 + c;
    else if (k < 6) pack1 = pack1 * 256 + c;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  const slot = h & (SURFACE_SLOTS - 1);
  const len = end - start;
  // Two ways: the slot and its neighbour (slot ^ 1); the newest record takes the slot and the
  // one it displaces moves next door, evicting that one (a word seen twice is rarely lost).
  const known = surfaceRecords[slot];
  if (known !== undefined && holds(known, text, start, len, pack0, pack1, hashtag, wide)) return known;
  const other = surfaceRecords[slot ^ 1];
  if (other !== undefined && holds(other, text, start, len, pack0, pack1, hashtag, wide)) return other;
  // A long slice can share the memory of the whole text; the table keeps a copy of its own.
  const surface = len > 12 ? `\u0000${text.slice(start, end)}`.slice(1) : text.slice(start, end);
  const info = newSurfaceInfo(surface, hashtag);
  info.pack0 = pack0;
  info.pack1 = pack1;
  if (known !== undefined) surfaceRecords[slot ^ 1] = known;
  surfaceRecords[slot] = info;
  return info;
}

/** Whether record holds the surface text[start, start + len) (pack0/pack1: its first six characters packed). */
function holds(
  record: SurfaceInfo,
  text: string,
  start: number,
  len: number,
  pack0: number,
  pack1: number,
  hashtag: boolean,
  wide: boolean,
): boolean {
  if (record.length !== len || record.pack0 !== pack0 || record.pack1 !== pack1 || record.hashtag !== hashtag) return false;
  if (len <= 6 && !wide) return true;
  const key = record.surface;
  let k = 0;
  while (k < len && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
  return k === len;
}

function newSurfaceInfo(surface: string, hashtag: boolean): SurfaceInfo {
  const ruleBits = ruleGateBits(surface);
  if (hashtag) {
    const word = squeezeElongation(surface.toLowerCase());
    return new SurfaceInfo(surface, 'hashtag', word, false, false, false, false, ruleBits);
  }
  if (isNumber(surface)) return new SurfaceInfo(surface, 'number', '<num>', false, false, false, false, ruleBits);
  const lower = surface.toLowerCase();
  const word = squeezeElongation(lower);
  const isAllCaps = lower !== surface && isAllCapsWord(surface);
  return new SurfaceInfo(surface, 'word', word, word.length !== lower.length, isAllCaps, SCOPE_ENDERS.has(word), isNegator(word), ruleBits);
}

/** Tokens of text that already went through normalizeText. */
export function tokenizeNormalized(text: string): Token[] {
  const tokens: Token[] = [];
  let negationLeft = 0;
  scan(text, (group, start, end) => {
    if (group === 'word' || group === 'hashtag') {
      const info = surfaceInfo(text, start, end, group === 'hashtag');
      const { kind, word } = info;
      if (kind === 'word' && info.endsScope) negationLeft = 0;
      const isNegated = negationLeft > 0 && kind !== 'number';
      // An indexed store, not push(): push stayed a call into the builtin here (~3 % of a pass).
      tokens[tokens.length] = {
        text: isNegated ? info.negated : word,
        word,
        kind,
        isNegated,
        isElongated: info.isElongated,
        isAllCaps: info.isAllCaps,
        surface: info,
        ruleBits: info.ruleBits,
      };
      if (kind === 'word') {
        if (negationLeft > 0) negationLeft--;
        if (info.isNegator) negationLeft = MAX_NEGATION_SCOPE;
      }
      return;
    }
    let kind: TokenKind;
    let word: string;
    let ruleBits = 0;
    if (group === 'url') {
      kind = 'url';
      word = '<url>';
      ruleBits = ANY_RULE; // a URL may hold "?", "." or any keyword
    } else if (group === 'mention') {
      kind = 'mention';
      word = '@user';
      ruleBits = mentionRuleBits(text, start, end);
    } else if (group === 'emoticon' || group === 'emoji') {
      kind = group;
      word = text.slice(start, end);
      // An emoticon ending in a word character glued to the next word ("T_Tcancel") splits a
      // run of letters between two tokens: the rule gate then lets everything through.
      ruleBits =
        group === 'emoji' ? 0 : isWordChar(text.charCodeAt(end - 1)) && isWordChar(text.charCodeAt(end)) ? ANY_RULE : ruleGateBits(word);
    } else {
      kind = 'punct';
      const first = text[start]!;
      word = first === '!' || first === '?' ? (end - start > 1 ? `${first}${first}` : first) : first === '…' ? '.' : first;
      negationLeft = 0;
    }
    tokens[tokens.length] = { text: word, word, kind, isNegated: false, isElongated: false, isAllCaps: false, surface: null, ruleBits };
  });
  return tokens;
}

/** [A-Za-z0-9_]: a word character of the rule patterns' \b. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Rule gate bits of mentions, by their text (most texts repeat a few, e.g. "@user"). */
const mentionBits = new Map<string, number>();

function mentionRuleBits(text: string, start: number, end: number): number {
  const raw = text.slice(start, end);
  let bits = mentionBits.get(raw);
  if (bits === undefined) {
    bits = ruleGateBits(raw);
    if (mentionBits.size >= 10_000) mentionBits.clear();
    mentionBits.set(raw.length > 12 ? `\u0000${raw}`.slice(1) : raw, bits);
  }
  return bits;
}

function isNumber(surface: string): boolean {
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c < 128) return false;
    return UNICODE_N.test(surface);
  }
  return true;
}
