import type { Labels, Tone } from '@/lib/classifier/labels';
import type { Reading } from '@/lib/reading';
import type { Profile } from '@/lib/settings/schema';
import type { Item } from '@/lib/sites/item';
import { cleanReplyText, composeReplies, type ReplyLanguage } from './compose/compose';
import { DEFAULT_PLAYBOOKS, defaultPlaybookFor } from './defaults';
import { checkDraft, type DraftWarning, ownNamesOf } from './draft-check';
import { familyOf, type Family } from './family';
import { buildContext, renderTemplate } from './render';
import type { Playbook, PlaybookKind } from './schema';
import { siteLength, siteLimitFor } from '@/lib/sites/reply-limits';

export type SuggestItem = Pick<Item, 'id' | 'site' | 'text'> & Partial<Pick<Item, 'author' | 'rating' | 'ratingMax' | 'title'>>;

export interface SuggestHistory {
  /** Template ids already used on this page. */
  usedOnPage?: string[];
  /** Template ids used with this author recently. */
  usedWithAuthor?: string[];
  /** Reply texts already posted on this page (for the near-duplicate check). */
  textsOnPage?: string[];
}

export interface SuggestInput {
  item: SuggestItem;
  /** The item's labels; with the reading's fields (language, questions, points) when the background read it. */
  labels: Labels;
  /** Site id; defaults to the item's site. */
  site?: string;
  profile: Profile;
  history?: SuggestHistory;
  /** The user's playbooks in order; the first of the chosen kind wins. Defaults when absent. */
  playbooks?: Playbook[];
  /** The classifier's tone, passed on to the draft check. */
  toneOf?: (text: string) => Tone;
  /** How many composed replies to return (3 by default); the user's own templates come after. */
  count?: number;
  /** The user chose to answer an item flagged abusive whose words are about a real problem. */
  answerAbusive?: boolean;
}

export interface Suggestion {
  templateId: string;
  text: string;
  intent: string;
  /** One short line on why this one is offered. */
  why: string;
  warnings: DraftWarning[];
  unfilled: string[];
  /** Marked gaps such as "[answer: do you have a high chair?]" the user must fill before inserting. */
  gaps: string[];
}

export interface SuggestResult {
  family: Family;
  playbook: Playbook;
  suggestions: Suggestion[];
  /** The language the replies are written in. */
  language: ReplyLanguage;
  /** Set when the playbook says not to reply, when there is nothing to answer, or how to reply to strong language. */
  notice?: string;
  /** The item's language is not one the replier writes. */
  languageNote?: string;
  /** An item flagged abusive that also carries a real grievance: the user may choose to answer the problem. */
  canAnswerAbusive?: boolean;
}

/** FNV-1a: a stable 32-bit hash. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Square-bracket gaps left for the user to fill. */
export function gapsIn(text: string): string[] {
  return [...text.matchAll(/\[[^[\]\n]{1,120}\]/gu)].map((m) => m[0]);
}

/** The reading carried by labels (the background reads every item); defaults for labels logged before it. */
export function readingOf(labels: Labels, item: Pick<SuggestItem, 'rating' | 'ratingMax'>): Reading {
  const stars =
    labels.stars ?? (item.rating !== undefined && item.rating > 0 ? Math.min(5, (item.rating / (item.ratingMax ?? 5)) * 5) : undefined);
  return {
    language: labels.language ?? 'en',
    languageConfidence: labels.languageConfidence ?? 0,
    tone: labels.tone,
    scores: labels.scores,
    flags: labels.flags,
    questions: labels.questions ?? [],
    points: labels.points ?? [],
    topics: labels.topics,
    reasons: labels.reasons,
    ...(stars !== undefined ? { stars } : {}),
  };
}

const FAMILY_KIND: Record<Exclude<Family, 'complaint'>, PlaybookKind> = {
  ignore: 'troll',
  legal: 'legal',
  escalation: 'escalation',
  question: 'question',
  fan: 'fan',
  lukewarm: 'indifferent',
  light: 'light',
};

function kindFor(family: Family, reading: Reading): PlaybookKind {
  if (family === 'complaint') return reading.stars !== undefined && reading.stars <= 2 ? 'low-star' : 'detractor';
  return FAMILY_KIND[family];
}

/** The playbook of a kind from the user's list, falling back to the shipped one. */
function playbookOfKind(playbooks: Playbook[] | undefined, kind: PlaybookKind): Playbook {
  return (playbooks ?? DEFAULT_PLAYBOOKS).find((playbook) => playbook.kind === kind) ?? defaultPlaybookFor(kind);
}

/** Templates the user wrote or changed (the shipped ones are superseded by composition). */
function customTemplates(playbook: Playbook) {
  const shipped = DEFAULT_PLAYBOOKS.find((p) => p.kind === playbook.kind)?.templates ?? [];
  return playbook.templates.filter((template) => !shipped.some((s) => s.id === template.id && s.body === template.body));
}

const SPAM_NOTICE =
  'This reads as spam or a scam (promotion, follower selling, phishing): nothing to post. Hide or report it, and log it as ignored.';
const EMPTY_NOTICE = 'There is nothing to answer: the item has no words (or only a link). Like it, or leave it.';

function hasWords(text: string): boolean {
  const withoutLinks = text.replace(/(?:https?:\/\/|www\.)\S+/giu, ' ');
  return /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(withoutLinks);
}

/**
 * Three replies with different intents for an item, composed from its reading (language,
 * points, questions, flags) and the replier's profile; then the user's own templates for
 * that playbook. Deterministic: the same input gives the same replies.
 */
export function suggestReplies(input: SuggestInput): SuggestResult {
  const site = input.site ?? input.item.site;
  const text = [input.item.title, input.item.text].filter(Boolean).join('\n');
  const reading = readingOf(input.labels, input.item);
  const flags = new Set(reading.flags);
  const grievance = flags.has('complaint') || flags.has('refund') || (reading.stars !== undefined && reading.stars <= 2);
  const canAnswerAbusive = flags.has('abusive') && grievance && !flags.has('spam');
  const answerAbusive = Boolean(input.answerAbusive) && canAnswerAbusive;

  if (!hasWords(text)) {
    const playbook = playbookOfKind(input.playbooks, 'light');
    return { family: 'light', playbook, suggestions: [], language: 'en', notice: EMPTY_NOTICE };
  }

  const effective = answerAbusive ? { ...reading, flags: reading.flags.filter((f) => f !== 'abusive') } : reading;
  const family = familyOf(effective, text, [input.profile?.brand ?? '']);
  const playbook = playbookOfKind(input.playbooks, kindFor(family, reading));
  if (family === 'ignore' || !playbook.engage) {
    const notice = flags.has('spam') && !flags.has('abusive') ? SPAM_NOTICE : playbook.noEngageReason;
    return {
      family: 'ignore',
      playbook,
      suggestions: [],
      language: 'en',
      ...(notice ? { notice } : {}),
      ...(canAnswerAbusive ? { canAnswerAbusive: true } : {}),
    };
  }

  const composition = composeReplies({
    reading: effective,
    family,
    item: { text, author: input.item.author, site },
    profile: input.profile,
    site,
    ...(playbook.phrases ? { phrases: playbook.phrases } : {}),
  });
  const draftOptions = {
    item: input.item,
    labels: { tone: effective.tone, flags: effective.flags },
    site,
    usedOnPage: input.history?.textsOnPage,
    toneOf: input.toneOf,
    language: composition.language,
    family,
    ownNames: ownNamesOf(input.profile),
  };
  const composed: Suggestion[] = composition.replies.slice(0, input.count ?? 3).map((reply) => ({
    templateId: reply.id,
    text: reply.text,
    intent: reply.intent,
    why: reply.why,
    warnings: checkDraft(reply.text, draftOptions),
    unfilled: [],
    gaps: gapsIn(reply.text),
  }));

  // The user's own templates for this playbook, after the composed replies.
  const used = new Set([...(input.history?.usedOnPage ?? []), ...(input.history?.usedWithAuthor ?? [])]);
  const context = buildContext({ item: { ...input.item, text }, labels: input.labels, site, profile: input.profile });
  const limit = siteLimitFor(site);
  const own: Suggestion[] = customTemplates(playbook)
    .filter((template) => !used.has(template.id))
    .map((template) => {
      const rendered = renderTemplate(template.body, context);
      const clean = cleanReplyText(rendered.text);
      return {
        templateId: template.id,
        text: clean,
        intent: template.intent,
        why: 'Your own template for this playbook',
        warnings: checkDraft(clean, draftOptions),
        unfilled: rendered.unfilled,
        gaps: [],
      };
    })
    .filter((suggestion) => siteLength(suggestion.text, site) <= limit.maxChars)
    .slice(0, 2);

  const notice =
    flags.has('abusive') && answerAbusive
      ? 'Strong language, but about a real problem: answer the problem calmly, do not mirror the words, and take it to a private channel.'
      : undefined;
  return {
    family,
    playbook,
    suggestions: [...composed, ...own],
    language: composition.language,
    ...(notice ? { notice } : {}),
    ...(composition.languageNote ? { languageNote: composition.languageNote } : {}),
    ...(canAnswerAbusive && !answerAbusive ? { canAnswerAbusive: true } : {}),
  };
}
