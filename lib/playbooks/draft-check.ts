import type { Labels, Tone } from '@/lib/classifier/labels';
import type { Item } from '@/lib/sites/item';
import { isAngryCustomer } from './angry-customer';
import { firstNameOf, UNFILLED_MARKERS } from './render';
import { siteLength, siteLimitFor } from '@/lib/sites/reply-limits';

export type WarningSeverity = 'info' | 'warn' | 'block';

export interface DraftWarning {
  rule:
    | 'defensive'
    | 'sarcasm'
    | 'admits-fault'
    | 'public-concession'
    | 'no-apology'
    | 'no-next-step'
    | 'duplicate'
    | 'missing-name'
    | 'too-long'
    | 'negative-tone'
    | 'unfilled'
    | 'do-not-engage'
    | 'empty';
  severity: WarningSeverity;
  /** Says what to change, in plain words. */
  message: string;
}
/** Alias used across the side panel. */
export type Warning = DraftWarning;

export interface DraftCheckOptions {
  item: Pick<Item, 'author' | 'site'> & Partial<Pick<Item, 'text' | 'rating' | 'ratingMax'>>;
  labels?: Pick<Labels, 'tone' | 'flags'>;
  /** Site id; defaults to the item's site. */
  site?: string;
  /** Texts already sent on this page. */
  usedOnPage?: string[];
  /** The classifier's tone for a text; without it a short word list stands in. */
  toneOf?: (text: string) => Tone;
  /** The reply's language (ISO 639-1); the tone model reads English only, so other languages skip the tone check. */
  language?: string;
  /** The item's playbook family when known: only complaints and escalations need an apology. */
  family?: string;
  /** The replier's own names (brand, name, sign-off): "Rusty Spur" is a name, not a tone. */
  ownNames?: string[];
}

const DEFENSIVE_PATTERNS: { pattern: RegExp; phrase: string }[] = [
  { pattern: /\byou should have\b|\byou should've\b/iu, phrase: '“you should have”' },
  { pattern: /\byou (?:failed|forgot|neglected) to\b/iu, phrase: 'blaming the customer' },
  { pattern: /\b(?:as|like) (?:stated|written|explained|mentioned) (?:in|on) our\b/iu, phrase: '“as stated in our …”' },
  { pattern: /\bper our (?:policy|terms|policies)\b/iu, phrase: '“per our policy”' },
  { pattern: /\bwith all due respect\b/iu, phrase: '“with all due respect”' },
  { pattern: /\bactually\b/iu, phrase: '“actually”' },
  { pattern: /\bthat(?:'s| is) not (?:true|what happened)\b/iu, phrase: 'contradicting them' },
  { pattern: /\bnot our (?:fault|problem)\b/iu, phrase: '“not our fault”' },
  { pattern: /\byou clearly didn'?t\b|\bif you had read\b/iu, phrase: 'blaming the customer' },
  {
    pattern:
      /comme (?:indiqu|précis|mentionn)é dans nos|conformément à nos (?:conditions|cgv)|ce n'est pas (?:de )?notre faute|vous auriez dû/iu,
    phrase: 'a defensive phrase',
  },
  {
    pattern: /como (?:indican|dicen) nuestras (?:condiciones|políticas)|no es (?:culpa|problema) nuestr[oa]|deberías haber|debería haber/iu,
    phrase: 'a defensive phrase',
  },
  { pattern: /wie in unseren (?:AGB|Bedingungen)|nicht unsere Schuld|Sie hätten (?:eben|halt)|hätten Sie/iu, phrase: 'a defensive phrase' },
  { pattern: /come (?:indicato|scritto) nelle nostre|non è colpa nostra|avresti dovuto|avrebbe dovuto/iu, phrase: 'a defensive phrase' },
  { pattern: /como (?:indicado|consta) nas nossas|não é culpa nossa|devia ter|deveria ter/iu, phrase: 'a defensive phrase' },
];

const SARCASM_PATTERNS: { pattern: RegExp; phrase: string }[] = [
  { pattern: /\bobviously\b/iu, phrase: '“obviously”' },
  { pattern: /\bclearly you\b/iu, phrase: '“clearly you”' },
  { pattern: /\bas i (?:already )?said\b/iu, phrase: '“as I said”' },
  { pattern: /\bsorry you feel\b|\bsorry if you (?:felt|feel)\b/iu, phrase: 'a non-apology (“sorry you feel…”)' },
  { pattern: /\bgood luck with that\b|\bthanks for nothing\b/iu, phrase: 'a sarcastic phrase' },
];

const FAULT_PATTERNS =
  /\b(?:our fault|we were wrong|we admit|we are (?:liable|responsible)|we're (?:liable|responsible)|we messed up|we made a mistake|our mistake)\b/iu;

/** Their refund named as theirs, not offered: "your refund request", "the refund you're still waiting for". */
const REFUND_NAMED = /\b(?:your|the) refund (?:request|you(?:'re| are) still waiting for|you asked (?:for|about))\b/giu;
export const CONCESSION = /\b(?:refund(?:ed)?|money back|free|discount|voucher|coupon|compensat\w*|credit|on the house|reimburs\w*)\b/iu;

const APOLOGY =
  /\b(?:sorry|apologi[sz]e|apologies|regret|not (?:the|what) (?:experience|we want)|should not have happened|shouldn't have happened)\b|desole|excuses|pardon|regrett|siento|sentimos|lamentamos|lamento|disculp|perdon|leid|entschuldig|bedauer|dispiace|scus|rammaric|desculp/iu;

const NEXT_STEP =
  /\b(?:email|e-mail|dm|message|call|contact|reach|phone|write to|send|refund|replace|replacement|fix|look into|looking into|follow up|get back|will|i'll|we'll|let us|let's|today|tomorrow|this week)\b|@\S|https?:\/\/|\+?\d[\d ().-]{6,}|écri|appel|contact|message privé|aujourd'hui|escríbe|escrib|llám|mensaje|hoy|schreib|melden|Nachricht|heute|scriv|chiam|messaggio|oggi|escrev|lig[ae]|mensagem|hoje/iu;

/**
 * The draft's tone as the check wants it from the classifier: negative only when the model
 * is clearly sure (a plain apology or "please email me" often scores a hesitant negative on a
 * tweet-trained model, and a warning on every calm reply would teach users to ignore it).
 */
export const CLEARLY_NEGATIVE = 0.6;
export function draftToneOf(classify: (text: string) => { tone: Tone; scores: { negative: number } }): (text: string) => Tone {
  return (text) => {
    const labels = classify(text);
    if (labels.tone !== 'negative') return labels.tone;
    return labels.scores.negative >= CLEARLY_NEGATIVE ? 'negative' : 'neutral';
  };
}

/** Used only when no classifier is injected: words that make a reply read as hostile. */
const NEGATIVE_WORDS = [
  'ridiculous',
  'nonsense',
  'stupid',
  'liar',
  'lying',
  'pathetic',
  'absurd',
  'unreasonable',
  'whining',
  'complaining',
  'ungrateful',
  'idiot',
  'shut up',
  'deal with it',
  'not our problem',
];

const NEGATIVE_PATTERN = new RegExp(`\\b(?:${NEGATIVE_WORDS.join('|')})\\b`, 'iu');

function fallbackToneOf(text: string): Tone {
  return NEGATIVE_PATTERN.test(text) ? 'negative' : 'neutral';
}

function tokensOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
}

/** Whether words we would write sound defensive to the draft check (the same patterns it warns on). */
export function soundsDefensive(text: string): boolean {
  return DEFENSIVE_PATTERNS.some(({ pattern }) => pattern.test(text));
}

/** Share of distinct words two texts have in common (0 to 1). */
export function jaccard(a: string, b: string): number {
  const left = tokensOf(a);
  const right = tokensOf(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  return shared / (left.size + right.size - shared);
}

const MARKERS = Object.values(UNFILLED_MARKERS);

/** Unfilled-variable markers and raw {{tags}} still in a text. */
export function unfilledIn(text: string): string[] {
  const found = MARKERS.filter((marker) => text.includes(marker));
  for (const match of text.matchAll(/\{\{\s*[^{}]*\}\}/gu)) found.push(match[0]);
  return found;
}

/** The reply without the customer's own words quoted back (“…”, "…", «…»), which are not our tone. */
export function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|«[^»]*»|\[[^\]]*\]/gu, ' ');
}

/** Accents off, so "discúlpenos" and "désolé" match their cue words. */
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The reply with its apology sentences and the item's own words taken out, for the tone check. */
/** The replier's names in a profile (brand, own name, sign-off), for `ownNames`. */
export function ownNamesOf(profile: { brand?: string; replierName?: string; signature?: string } | undefined): string[] {
  return [profile?.brand, profile?.replierName, profile?.signature].filter((name): name is string => Boolean(name));
}

function ownTone(reply: string, itemText: string | undefined, names: string[] = []): string {
  // Their words said back, their name ("Rob") and ours ("Rusty Spur") carry no tone of ours.
  const theirs = tokensOf([itemText ?? '', ...names].join(' '));
  return reply
    .split(/(?<=[.!?])\s+/u)
    .filter((sentence) => !APOLOGY.test(foldAccents(sentence)))
    .join(' ')
    .replace(/[\p{L}\p{N}']+/gu, (word) => (theirs.has(word.toLowerCase()) ? ' ' : word));
}

/**
 * Checks a reply before it is inserted. Only a reply longer than the site accepts
 * blocks; everything else warns or informs.
 */
export function checkDraft(text: string, options: DraftCheckOptions): DraftWarning[] {
  const warnings: DraftWarning[] = [];
  const site = options.site ?? options.item.site;
  const flags = new Set(options.labels?.flags ?? []);
  const trimmed = text.trim();

  if (!trimmed) {
    return [{ rule: 'empty', severity: 'info', message: 'The reply is empty: pick a suggestion or write one.' }];
  }

  const angryCustomer = isAngryCustomer({ flags: [...flags] }, options.item.text);
  if (flags.has('abusive') && !angryCustomer) {
    warnings.push({
      rule: 'do-not-engage',
      severity: 'warn',
      message: 'This item reads as abusive; the playbook says not to reply. Consider hiding or reporting it instead.',
    });
  }

  const limit = siteLimitFor(site);
  const length = siteLength(trimmed, site);
  if (length > limit.maxChars) {
    warnings.push({
      rule: 'too-long',
      severity: 'block',
      message: `Too long for ${limit.name}: ${length} of ${limit.maxChars} characters. Cut ${length - limit.maxChars} characters.`,
    });
  }

  const ownWords = withoutQuotes(trimmed);
  for (const { pattern, phrase } of DEFENSIVE_PATTERNS) {
    if (pattern.test(ownWords)) {
      warnings.push({
        rule: 'defensive',
        severity: 'warn',
        message: `Sounds defensive (${phrase}). Drop it and say what you will do for them instead.`,
      });
      break;
    }
  }
  for (const { pattern, phrase } of SARCASM_PATTERNS) {
    if (pattern.test(ownWords)) {
      warnings.push({
        rule: 'sarcasm',
        severity: 'warn',
        message: `May read as sarcastic or dismissive (${phrase}). Rephrase it plainly.`,
      });
      break;
    }
  }

  if ((flags.has('legal') || flags.has('escalation')) && FAULT_PATTERNS.test(trimmed)) {
    warnings.push({
      rule: 'admits-fault',
      severity: 'warn',
      message:
        'Admits fault in public on a legal or escalation thread. Apologise for the experience instead, and leave the facts to a private conversation.',
    });
  }

  if ((flags.has('legal') || flags.has('escalation')) && CONCESSION.test(ownWords.replace(REFUND_NAMED, ' '))) {
    warnings.push({
      rule: 'public-concession',
      severity: 'warn',
      message: 'Offers a refund or compensation in public under a threat. Move the person to a private channel and settle it there.',
    });
  }

  const rating = options.item.rating;
  const isLowRating = rating !== undefined && (rating / (options.item.ratingMax ?? 5)) * 5 <= 2;
  const isComplaint =
    options.family !== undefined
      ? options.family === 'complaint' || options.family === 'escalation'
      : (!flags.has('abusive') || angryCustomer) && (flags.has('complaint') || options.labels?.tone === 'negative' || isLowRating);
  if (isComplaint && !flags.has('legal')) {
    if (!APOLOGY.test(foldAccents(trimmed))) {
      warnings.push({
        rule: 'no-apology',
        severity: 'warn',
        message: 'A complaint with no apology. Add a line saying sorry for their experience (it need not admit fault).',
      });
    }
  }
  if (isComplaint && !NEXT_STEP.test(trimmed)) {
    warnings.push({
      rule: 'no-next-step',
      severity: 'warn',
      message: 'No next step. Say what happens now, or give a way to reach you privately (email, phone, DM).',
    });
  }

  const duplicateOf = (options.usedOnPage ?? []).find((used) => jaccard(used, trimmed) > 0.8);
  if (duplicateOf !== undefined) {
    warnings.push({
      rule: 'duplicate',
      severity: 'warn',
      message: 'Almost the same as a reply already posted on this page. Reword it so it does not look copy-pasted.',
    });
  }

  const firstName = firstNameOf(options.item.author);
  if (firstName && !trimmed.toLocaleLowerCase().includes(firstName.toLocaleLowerCase())) {
    warnings.push({
      rule: 'missing-name',
      severity: 'info',
      message: `Their name is ${firstName}; greeting them by name makes the reply personal.`,
    });
  }

  // The tone of our own words: apologies and the customer's words said back are not our tone.
  const tone =
    (options.language ?? 'en') === 'en'
      ? (options.toneOf ?? fallbackToneOf)(ownTone(ownWords, options.item.text, [options.item.author ?? '', ...(options.ownNames ?? [])]))
      : 'neutral';
  if (tone === 'negative') {
    warnings.push({
      rule: 'negative-tone',
      severity: 'warn',
      message: 'The reply itself reads as negative. Soften the wording and lead with what you can do.',
    });
  }

  const unfilled = unfilledIn(trimmed);
  if (unfilled.length > 0) {
    warnings.push({
      rule: 'unfilled',
      severity: 'warn',
      message: `Fill in or remove: ${unfilled.join(', ')}.`,
    });
  }

  return warnings;
}
