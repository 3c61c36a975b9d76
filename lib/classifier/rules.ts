import { primed } from './pattern-priming';
import type { Flag, Topic } from './labels';
import { normalizedTextFacts, TEXT_CURRENCY, TEXT_LINE_BREAK, TEXT_QUESTION_MARK } from './normalize';
import type { Token } from './tokenize';

/**
 * Rule flags and topics: small, readable regular expressions over normalized text. Each rule
 * has a name shown in reasons ("flag legal: rule 'lawyer'"). Patterns are anchored on word
 * boundaries and avoid nested quantifiers, so a 5,000-character text stays linear.
 */

export type RuleFlag = Exclude<Flag, 'abusive' | 'complaint'>;

interface Rule {
  name: string;
  pattern: RegExp;
}

// A sentence that opens like a question even without "?" ("how do I return this").
const QUESTION_START =
  /(?:^|[.!?\n]\s*|@\w+\s+)(?:(?:who|what|where|why|how|which)\s+(?:is|are|was|were|do|does|did|can|could|would|will|should|has|have|long|much|many|come|about|to)|when\s+(?:is|are|will|do|does|did|can|should|would)|(?:can|could|do|does|did|is|are|will|would|should|have|has|may|might)\s+(?:i|you|we|they|he|she|it|u|ya|anyone|anybody|someone|somebody|there|this|that|my|your|the)|any(?:one|body)\s+(?:know|else|tried|have|had))\b/im;

const RULES: Record<RuleFlag, Rule[]> = {
  question: [
    { name: '?', pattern: /\?/ },
    { name: 'question word', pattern: QUESTION_START },
    {
      name: 'asks for info',
      pattern:
        /\b(?:i was wondering|wondering if|can you (?:tell|let) me|please (?:advise|let me know|tell me)|any idea(?:s)? (?:how|why|when|where|what))\b/i,
    },
  ],
  escalation: [
    {
      name: 'go public',
      pattern:
        /\b(?:go(?:ing)?|went|take (?:this|it)) (?:public|viral|to (?:the )?(?:media|press|news|social media|twitter|facebook|reddit|tiktok))\b/i,
    },
    {
      name: 'post everywhere',
      pattern:
        /\b(?:post(?:ing)?|shar(?:e|ing)|spread(?:ing)?|tell(?:ing)?) (?:(?:this|it|my (?:story|experience)) )?(?:everywhere|all over|on every)\b/i,
    },
    {
      name: 'tell the press',
      pattern:
        /\b(?:tell|contact|call|email|alert|inform|write to)(?:ing)? (?:the )?(?:press|media|news(?:paper|papers)?|journalists?|reporters?|bbc|local news)\b/i,
    },
    {
      name: 'reviews everywhere',
      pattern:
        /\b(?:(?:leave|leaving|write|writing|post|posting|give|giving)\s+(?:a\s+|you\s+(?:a\s+)?|bad\s+|negative\s+|1[- ]star\s+|one[- ]star\s+)*(?:bad|negative|terrible|1[- ]star|one[- ]star|honest)?\s*reviews?\s+(?:everywhere|on every|all over|on (?:google|yelp|trustpilot|tripadvisor|facebook|every site))|warn (?:everyone|every ?body|all my friends|others)|make sure (?:everyone|every ?body|people) knows?)\b/i,
    },
  ],
  refund: [
    { name: 'refund', pattern: /\b(?:refund(?:s|ed|ing)?|reimburse(?:d|ment)?)\b/i },
    { name: 'cancel', pattern: /\bcancel(?:l?ed|l?ing|lation|s)?\b/i },
    { name: 'money back', pattern: /\b(?:money back|my money|full amount back|pay (?:me )?back|return (?:my|the) (?:money|payment))\b/i },
    { name: 'chargeback', pattern: /\b(?:charge ?back|dispute (?:the|this) (?:charge|payment)|(?:call|contact) my bank)\b/i },
  ],
  legal: [
    { name: 'lawyer', pattern: /\b(?:lawyers?|attorneys?|solicitors?|legal action|legal advice|lawsuit|class action)\b/i },
    {
      name: 'sue',
      pattern: /\b(?:su(?:e|ing|ed) (?:you|them|the|your|this|u)|take (?:you|them) to court|see you in court|small claims)\b/i,
    },
    { name: 'court', pattern: /(?<!\b(?:food|tennis|basketball|squash|supreme) )\bcourts?\b(?! ?(?:yard|side|house|ship))/i },
    {
      name: 'report to an authority',
      pattern:
        /\b(?:bbb|better business bureau|trading standards|consumer (?:protection|rights|affairs|council)|ftc|ombudsman|attorney general|cfpb|citizens advice|ofcom|ofgem|fca)\b|\breport(?:ing|ed)? (?:you|this|them|it) to (?:the )?(?:authorities|police|regulator|bbb|ftc)\b/i,
    },
  ],
};

const TOPIC_RULES: Record<Topic, RegExp> = {
  product: primed(
    /\b(?:products?|items?|quality|broke(?:n)?|defect(?:ive)?|faulty|works?|worked|stopped working|size|fit|model|device|phone|laptop|app|software|update|battery|screen|taste|tastes?|food|meal|dish|pizza|coffee|drink|menu|fabric|material|order(?:ed)? (?:was|is)|packaging)\b/i,
  ),
  price: primed(
    /\b(?:price[sd]?|pricing|cost(?:s|ly)?|expensive|cheap(?:er)?|overpriced|over-priced|afford(?:able)?|fees?|charged?|charging|overcharged|bill(?:ed|ing)?|invoice|discount|coupon|promo|deal|worth (?:the|it)|value for money|paid|pay(?:ing)?|\$\d+|£\d+|€\d+|\d+\s?(?:dollars|bucks|euros|pounds))\b|[$£€]\s?\d/i,
  ),
  service: primed(
    /\b(?:service|customer service|support|help ?desk|helpline|call cent(?:er|re)|on hold|hold music|response|respond(?:ed)?|reply|replied|answer(?:ed)?|ignored|contacted|chat|emailed|wait(?:ed|ing)? (?:for|on)|ticket|complaint)\b/i,
  ),
  delivery:
    /\b(?:(?:my|our|the|an?|this) orders?|deliver(?:y|ed|ies)?|shipping|shipped|ship|shipment|parcel|package|courier|tracking|tracked|dispatch(?:ed)?|arriv(?:e|ed|al)|(?:hasn't|has not|never|didn't|did not) (?:arrived?|come|shown up)|late order|lost in (?:the )?(?:post|mail)|postman|ups|fedex|dhl|usps|royal mail|hermes|evri)\b/i,
  staff: primed(
    /\b(?:staff|employees?|waiters?|waitress(?:es)?|server|cashiers?|manager|rep(?:resentative)?s?|agent|driver|technician|receptionist|host(?:ess)?|bartender|clerk|sales ?(?:person|man|woman|guy|girl)|the (?:guy|girl|lady|man|woman) (?:at|on|who)|rude|friendly|helpful|polite|attitude)\b/i,
  ),
  corporate: primed(
    /\b(?:company|corporat(?:e|ion)|ceo|management|brand|policy|policies|headquarters|shareholders?|board|boycott|greed(?:y)?|ethics|ethical|sustainab(?:le|ility)|environment(?:al)?|workers? rights|union|layoffs?|scandal|lobby(?:ing)?|politic(?:s|al)|press release|statement)\b/i,
  ),
};

/** The first rule of `flag` that matches, or null. */
export function matchRule(flag: RuleFlag, text: string): string | null {
  const m = COMBINED[flag].exec(text);
  if (m === null) return null;
  const rules = RULES[flag];
  for (let k = 0; k < rules.length; k++) if (m[k + 1] !== undefined) return rules[k]!.name;
  return null;
}

// One regular expression per flag (one capture group per rule, whose patterns capture
// nothing themselves): one scan of the text per flag instead of one per rule.
const COMBINED = Object.fromEntries(
  Object.entries(RULES).map(([flag, rules]) => [flag, new RegExp(rules.map((r) => `(${r.pattern.source})`).join('|'), 'im')]),
) as Record<RuleFlag, RegExp>;

export interface RuleHit {
  flag: RuleFlag;
  rule: string;
}

export const RULE_FLAGS: readonly RuleFlag[] = ['question', 'escalation', 'refund', 'legal'];

/** Every rule flag that fires on text, with the rule that fired. */
export function ruleFlags(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const flag of RULE_FLAGS) {
    const rule = matchRule(flag, text);
    if (rule !== null) hits.push({ flag, rule });
  }
  return hits;
}

export interface TopicHit {
  topic: Topic;
  /** The words that matched, lower-cased. */
  match: string;
}

const TOPIC_LIST = Object.entries(TOPIC_RULES) as [Topic, RegExp][];

/** Topics named in text, in TOPICS order. */
export function topicsOf(text: string): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const [topic, pattern] of TOPIC_LIST) {
    const m = pattern.exec(text);
    if (m) hits.push({ topic, match: m[0].toLowerCase() });
  }
  return hits;
}

/** The topics of topicsOf(text), without the matched words (what classify() needs). */
export function topicNames(text: string): Topic[] {
  const topics: Topic[] = [];
  for (let k = 0; k < TOPIC_LIST.length; k++) if (TOPIC_LIST[k]![1].test(text)) topics.push(TOPIC_LIST[k]![0]);
  return topics;
}

/**
 * Token gate: which patterns could match a text, from its tokens, so a text runs only the
 * few regular expressions that can fire (scanning the text with every pattern, or with their
 * union, cost more than the rest of classify()).
 *
 * Every alternative of every pattern needs some keyword, a run of ASCII letters with the
 * same word boundaries as in the pattern (\b, `i`, no `u`: so `\b` and case folding are
 * ASCII-only, exactly as in the patterns). A run of ASCII letters in the text never straddles
 * two tokens (tokenize.ts marks the one exception, an emoticon such as "T_T" glued to a word,
 * and URLs, as "any pattern"), and the characters next to a token are never word characters,
 * so a keyword test on each token's own characters finds every keyword the pattern could use
 * (it may find more: the gate is a necessary condition, never a sufficient one). What is not
 * a keyword is checked on the text: "?", currency signs, line breaks.
 */
const GATE_KEYWORDS: Record<RuleFlag | Topic, RegExp> = {
  // "?" and the question words (QUESTION_WORD below) are checked apart.
  question: /\b(?:wondering|can|please|ideas?)\b/i,
  escalation:
    /\b(?:public|viral|media|press|news(?:paper|papers)?|twitter|facebook|reddit|tiktok|everywhere|over|every|journalists?|reporters?|bbc|warn|knows?)\b|reviews?\b/i,
  refund: /\b(?:refund(?:s|ed|ing)?|reimburse(?:d|ment)?|cancel(?:l?ed|l?ing|lation|s)?|money|back|payment|dispute|bank)\b|\bcharge/i,
  legal:
    /\b(?:lawyers?|attorneys?|solicitors?|legal|lawsuit|class|sue|suing|sued|courts?|claims|bbb|bureau|standards|consumer|ftc|ombudsman|cfpb|citizens|ofcom|ofgem|fca|report(?:ing|ed)?)\b/i,
  product:
    /\b(?:products?|items?|quality|broke(?:n)?|defect(?:ive)?|faulty|works?|worked|stopped|size|fit|model|device|phone|laptop|app|software|update|battery|screen|taste|tastes?|food|meal|dish|pizza|coffee|drink|menu|fabric|material|order(?:ed)?|packaging)\b/i,
  // "$20", "£5", "€ 3": currency signs are checked on the text.
  price:
    /\b(?:price[sd]?|pricing|cost(?:s|ly)?|expensive|cheap(?:er)?|overpriced|over|afford(?:able)?|fees?|charged?|charging|overcharged|bill(?:ed|ing)?|invoice|discount|coupon|promo|deal|worth|value|paid|pay(?:ing)?)\b|(?:dollars|bucks|euros|pounds)\b/i,
  service:
    /\b(?:service|support|helpline|call|hold|response|respond(?:ed)?|reply|replied|answer(?:ed)?|ignored|contacted|chat|emailed|wait(?:ed|ing)?|ticket|complaint)\b|desk\b/i,
  delivery:
    /\b(?:orders?|deliver(?:y|ed|ies)?|shipping|shipped|ship|shipment|parcel|package|courier|tracking|tracked|dispatch(?:ed)?|arriv(?:e|ed|al)|arrived?|come|shown|lost|postman|ups|fedex|dhl|usps|royal|hermes|evri)\b/i,
  staff:
    /\b(?:staff|employees?|waiters?|waitress(?:es)?|server|cashiers?|manager|rep(?:resentative)?s?|agent|driver|technician|receptionist|host(?:ess)?|bartender|clerk|guy|girl|lady|man|woman|rude|friendly|helpful|polite|attitude)\b|\bsales/i,
  corporate:
    /\b(?:company|corporat(?:e|ion)|ceo|management|brand|policy|policies|headquarters|shareholders?|board|boycott|greed(?:y)?|ethics|ethical|sustainab(?:le|ility)|environment(?:al)?|rights|union|layoffs?|scandal|lobby(?:ing)?|politic(?:s|al)|release|statement)\b/i,
};

/** Gate bits: one per rule flag (RULE_FLAGS order), then one per topic (TOPIC_LIST order). */
const GATE_GROUPS: readonly (RuleFlag | Topic)[] = [...RULE_FLAGS, ...TOPIC_LIST.map(([topic]) => topic)];
const QUESTION_BIT = 1 << GATE_GROUPS.indexOf('question');
const PRICE_BIT = 1 << GATE_GROUPS.indexOf('price');
/** The token is a whole question word (QUESTION_START), which counts only where a sentence starts. */
const QUESTION_WORD_BIT = 1 << GATE_GROUPS.length;
/** Gate bits of a token that may hold any pattern (a URL). */
export const ANY_RULE = (1 << GATE_GROUPS.length) - 1;
const QUESTION_WORD =
  /^(?:who|what|where|why|how|which|when|can|could|do|does|did|is|are|will|would|should|have|has|may|might|any(?:one|body))$/i;
const ANY_KEYWORD = new RegExp(
  Object.values(GATE_KEYWORDS)
    .map((r) => `(?:${r.source})`)
    .join('|'),
  'i',
);

/** Gate bits of one token by the regular expressions themselves (the reference for ruleGateBits). */
export function ruleGateBitsByPatterns(raw: string): number {
  let bits = QUESTION_WORD.test(raw) ? QUESTION_WORD_BIT : 0;
  if (!ANY_KEYWORD.test(raw)) return bits;
  for (let g = 0; g < GATE_GROUPS.length; g++) if (GATE_KEYWORDS[GATE_GROUPS[g]!].test(raw)) bits |= 1 << g;
  return bits;
}

/**
 * The words a pattern source made of literal letters, `[…]` classes, `(?:…|…)` groups and `?`
 * stands for, e.g. 'news(?:paper|papers)?' → news, newspaper, newspapers. Throws on any other
 * syntax, so a later edit of a pattern cannot silently leave the gate below behind.
 */
export function expandPattern(source: string): string[] {
  let at = 0;
  // alternatives := sequence ('|' sequence)*; sequence := (atom '?'?)*
  function alternatives(): string[] {
    const out = sequence();
    while (source[at] === '|') {
      at++;
      out.push(...sequence());
    }
    return out;
  }
  function sequence(): string[] {
    let words = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let atom: string[];
      const c = source[at]!;
      if (source.startsWith('(?:', at)) {
        at += 3;
        atom = alternatives();
        if (source[at] !== ')') throw new Error(`gate keywords: unclosed group in ${source}`);
        at++;
      } else if (c === '[') {
        const close = source.indexOf(']', at);
        const chars = source.slice(at + 1, close);
        if (close < 0 || !/^[a-z]+$/.test(chars)) throw new Error(`gate keywords: unsupported class in ${source}`);
        atom = [...chars];
        at = close + 1;
      } else if (/[a-z]/.test(c)) {
        atom = [c];
        at++;
      } else throw new Error(`gate keywords: unsupported '${c}' in ${source}`);
      if (source[at] === '?') {
        atom = ['', ...atom];
        at++;
      }
      const next: string[] = [];
      for (const w of words) for (const a of atom) next.push(w + a);
      words = next;
    }
    return words;
  }
  const out = alternatives();
  if (at !== source.length) throw new Error(`gate keywords: unexpected '${source[at]}' in ${source}`);
  return out;
}

/**
 * The gate keywords as lookups instead of regular expressions (one Map lookup per run of ASCII
 * word characters instead of a ~300-way alternation tried at each position of every new word).
 * Each top-level alternative of a GATE_KEYWORDS pattern is `\b…\b` (the run is one of its
 * words), `\b…` (the run starts with one), `…\b` (ends with one) or neither (contains one).
 * A keyword is letters only, so a match never spans two runs, and the \b of the pattern falls
 * exactly at a run's ends; `i` without `u` folds ASCII letters only, so runs are lower-cased
 * ASCII. `ruleGateBitsByPatterns` stays the reference (rules.test.ts compares both).
 */
const WHOLE_WORD_BITS = new Map<string, number>();
const PARTIAL_KEYWORDS: { word: string; at: 'start' | 'end' | 'inside'; bit: number }[] = [];
/** Bit k: some partial keyword starts (FIRST) or ends (LAST) with the letter 'a' + k: most runs skip the partial keywords. */
let partialFirstLetters = 0;
let partialLastLetters = 0;
for (let g = 0; g < GATE_GROUPS.length; g++) {
  const source = GATE_KEYWORDS[GATE_GROUPS[g]!].source;
  // Split at top-level '|'.
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')') depth--;
    else if (source[i] === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  for (let part of parts) {
    const leading = part.startsWith('\\b');
    if (leading) part = part.slice(2);
    const trailing = part.endsWith('\\b');
    if (trailing) part = part.slice(0, -2);
    for (const word of expandPattern(part)) {
      if (word === '') throw new Error(`gate keywords: empty keyword in ${source}`);
      if (leading && trailing) WHOLE_WORD_BITS.set(word, (WHOLE_WORD_BITS.get(word) ?? 0) | (1 << g));
      else {
        const at = leading ? 'start' : trailing ? 'end' : 'inside';
        PARTIAL_KEYWORDS.push({ word, at, bit: 1 << g });
        if (at === 'inside')
          partialFirstLetters = partialLastLetters = -1; // no shortcut then
        else if (at === 'start') partialFirstLetters |= 1 << (word.charCodeAt(0) - 97);
        else partialLastLetters |= 1 << (word.charCodeAt(word.length - 1) - 97);
      }
    }
  }
}
const QUESTION_WORDS = new Set(expandPattern(QUESTION_WORD.source.slice(4, -2))); // inside ^(?: … )$

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Gate bits of one run of ASCII word characters, lower-cased. */
function runGateBits(run: string): number {
  let bits = WHOLE_WORD_BITS.get(run) ?? 0;
  const first = run.charCodeAt(0) - 97;
  const last = run.charCodeAt(run.length - 1) - 97;
  const mayStart = first >= 0 && first < 26 && (partialFirstLetters & (1 << first)) !== 0;
  const mayEnd = last >= 0 && last < 26 && (partialLastLetters & (1 << last)) !== 0;
  if (!mayStart && !mayEnd && partialFirstLetters !== -1) return bits;
  for (let k = 0; k < PARTIAL_KEYWORDS.length; k++) {
    const { word, at, bit } = PARTIAL_KEYWORDS[k]!;
    if (at === 'start' ? run.startsWith(word) : at === 'end' ? run.endsWith(word) : run.includes(word)) bits |= bit;
  }
  return bits;
}

/** Gate bits of one token, from its characters as they are in the text (not lower-cased). */
export function ruleGateBits(raw: string): number {
  const n = raw.length;
  let bits = 0;
  let allWordChars = true;
  for (let i = 0; i < n && allWordChars; i++) allWordChars = isAsciiWordChar(raw.charCodeAt(i));
  if (allWordChars) {
    // Most tokens: one run, the whole token.
    const lower = raw.toLowerCase();
    return (QUESTION_WORDS.has(lower) ? QUESTION_WORD_BIT : 0) | runGateBits(lower);
  }
  for (let i = 0; i < n; ) {
    while (i < n && !isAsciiWordChar(raw.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isAsciiWordChar(raw.charCodeAt(i))) i++;
    if (i > start) bits |= runGateBits(raw.slice(start, i).toLowerCase());
  }
  return bits; // a question word is a whole token of ASCII letters
}

/**
 * Which patterns may match a text, from its tokens (tokenizeNormalized(text)) and the signs in
 * it (facts: normalize.ts TEXT_* bits of the text: line breaks, "?", currency signs).
 */
function gateOf(tokens: readonly Token[], facts: number): number {
  // QUESTION_START needs its word at the start of a line, after . ! ? or after an @mention.
  const anyLine = (facts & TEXT_LINE_BREAK) !== 0;
  let bits = 0;
  for (let i = 0; i < tokens.length; i++) {
    const b = tokens[i]!.ruleBits;
    if (b === 0) continue;
    bits |= b;
    if ((b & QUESTION_WORD_BIT) !== 0 && (i === 0 || anyLine || tokens[i - 1]!.kind === 'punct' || tokens[i - 1]!.kind === 'mention'))
      bits |= QUESTION_BIT;
  }
  if ((facts & TEXT_QUESTION_MARK) !== 0) bits |= QUESTION_BIT;
  if ((facts & TEXT_CURRENCY) !== 0) bits |= PRICE_BIT;
  return bits;
}

/**
 * ruleFlags(text) and topicNames(text), running only the patterns the token gate lets through.
 * `tokens` must be tokenizeNormalized(text) (classify() has them already), and `facts` the
 * text's normalize.ts TEXT_* bits (lastTextFacts() right after normalizeText).
 */
export function rulesAndTopics(
  text: string,
  tokens: readonly Token[],
  facts = normalizedTextFacts(text),
): { hits: RuleHit[]; topics: Topic[] } {
  const bits = gateOf(tokens, facts);
  const hits: RuleHit[] = [];
  const topics: Topic[] = [];
  if (bits === 0) return { hits, topics };
  for (let g = 0; g < RULE_FLAGS.length; g++) {
    if ((bits & (1 << g)) === 0) continue;
    const flag = RULE_FLAGS[g]!;
    const rule = matchRule(flag, text);
    if (rule !== null) hits.push({ flag, rule });
  }
  for (let k = 0; k < TOPIC_LIST.length; k++)
    if ((bits & (1 << (RULE_FLAGS.length + k))) !== 0 && TOPIC_LIST[k]![1].test(text)) topics.push(TOPIC_LIST[k]![0]);
  return { hits, topics };
}
