import { normalizeText } from './normalize';

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
}

// Order matters: URL before word, emoticon before punctuation, emoji last.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"]+)`,
    String.raw`(?<mention>@[\p{L}\p{N}_]+)`,
    String.raw`(?<hashtag>#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`,
    String.raw`(?<emoticon>(?:>?[:;=8][-'^o]?[)\]}(\[{DPpOo3*\/\\|@$]+(?![\p{L}\p{N}])|[(\[]-?[:;=](?![\p{L}])|<\/?3+|\^_*\^|[xX][dD]+(?![\p{L}\p{N}])|[Tt]_[Tt]|;_;|-_-|[oO]_[oO]))`,
    String.raw`(?<word>[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*(?:['][\p{L}\p{M}]+)*)`,
    String.raw`(?<punct>[!?]+|[.,;:…]+)`,
    String.raw`(?<emoji>\p{Regional_Indicator}{2}|\p{Extended_Pictographic})`,
  ].join('|'),
  'gu',
);

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
  'not', 'no', 'never', 'cannot', 'nothing', 'nobody', 'none', 'nor', 'neither', 'without', 'nowhere',
  'hardly', 'barely', 'dont', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'didnt', 'doesnt',
  'couldnt', 'shouldnt', 'wouldnt', 'havent', 'hasnt', 'hadnt', 'aint', 'mustnt', 'neednt',
]);
/** Words that close a negation scope as punctuation does. */
const SCOPE_ENDERS = new Set(['but', 'however', 'although', 'though', 'yet']);
const MAX_NEGATION_SCOPE = 5;

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/** "sooooo" → "soo": runs of 3+ identical characters are squeezed to 2. */
export function squeezeElongation(word: string): string {
  return word.replace(/(.)\1{2,}/gsu, '$1$1');
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

/** Tokens of text that already went through normalizeText. */
export function tokenizeNormalized(text: string): Token[] {
  const tokens: Token[] = [];
  let negationLeft = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const groups = match.groups!;
    const surface = match[0];
    let kind: TokenKind;
    let word: string;
    let isElongated = false;
    let isAllCaps = false;
    if (groups.url !== undefined) {
      kind = 'url';
      word = '<url>';
    } else if (groups.mention !== undefined) {
      kind = 'mention';
      word = '@user';
    } else if (groups.hashtag !== undefined) {
      kind = 'hashtag';
      const squeezed = squeezeElongation(surface.toLowerCase());
      word = squeezed;
    } else if (groups.emoticon !== undefined) {
      kind = 'emoticon';
      word = surface;
    } else if (groups.word !== undefined) {
      if (/^[\p{N}.,]+$/u.test(surface)) {
        kind = 'number';
        word = '<num>';
      } else {
        kind = 'word';
        const lower = surface.toLowerCase();
        word = squeezeElongation(lower);
        isElongated = word.length !== lower.length;
        isAllCaps = isAllCapsWord(surface);
      }
    } else if (groups.punct !== undefined) {
      kind = 'punct';
      const first = surface[0]!;
      word = first === '!' || first === '?' ? (surface.length > 1 ? `${first}${first}` : first) : first === '…' ? '.' : first;
    } else {
      kind = 'emoji';
      word = surface;
    }

    if (kind === 'punct' || (kind === 'word' && SCOPE_ENDERS.has(word))) negationLeft = 0;
    const isNegated = negationLeft > 0 && (kind === 'word' || kind === 'hashtag');
    tokens.push({ text: isNegated ? `neg_${word}` : word, word, kind, isNegated, isElongated, isAllCaps });
    if (negationLeft > 0 && kind === 'word') negationLeft--;
    if (kind === 'word' && isNegator(word)) negationLeft = MAX_NEGATION_SCOPE;
  }
  return tokens;
}
