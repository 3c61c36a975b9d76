import type { Labels, Tone } from '@/lib/classifier/labels';
import type { Item } from '@/lib/sites/item';
import type { Profile } from '@/lib/settings/schema';
import { choosePlaybook, isAngryCustomer } from './choose';
import { DEFAULT_PLAYBOOKS, defaultPlaybookFor } from './defaults';
import { checkDraft, type DraftWarning } from './draft-check';
import { buildContext, renderTemplate } from './render';
import type { LengthClass, Playbook, Template } from './schema';
import { siteLength, siteLimitFor } from './site-limits';

export type SuggestItem = Pick<Item, 'id' | 'site' | 'text'> & Partial<Pick<Item, 'author' | 'rating' | 'ratingMax'>>;

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
  labels: Labels;
  /** Site id; defaults to the item's site. */
  site?: string;
  profile: Profile;
  history?: SuggestHistory;
  /** The user's playbooks in order; the first of the chosen kind wins. Defaults when absent. */
  playbooks?: Playbook[];
  /** The classifier's tone, passed on to the draft check. */
  toneOf?: (text: string) => Tone;
  /** How many to return (3 by default). */
  count?: number;
  /**
   * The user chose to answer an abusive item's problem (an angry customer, see
   * isAngryCustomer): the playbook is chosen as if it were not abusive.
   */
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
}

export interface SuggestResult {
  playbook: Playbook;
  suggestions: Suggestion[];
  /** Set when the playbook says not to reply (trolls, hate), or how to reply to strong language. */
  notice?: string;
  /** An abusive item that looks like an angry customer: the user may choose to answer the problem. */
  canAnswerAbusive?: boolean;
}

/** FNV-1a: a stable 32-bit hash, so the same item always gets the same order. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const LENGTH_ORDER: Record<LengthClass, number> = { short: 0, medium: 1, long: 2 };

const TOPIC_WORDS: Record<string, string> = {
  product: 'the product',
  price: 'price',
  service: 'service',
  delivery: 'delivery',
  staff: 'staff',
  corporate: 'company practice',
};
const FLAG_WORDS: Record<string, string> = {
  refund: 'the refund request',
  complaint: 'the complaint',
  question: 'the question',
  escalation: 'the threat to go public',
  legal: 'the legal threat',
  abusive: 'abuse',
};

interface Candidate {
  template: Template;
  text: string;
  unfilled: string[];
  score: number;
  reasons: string[];
  fits: boolean;
}

function scoreTemplate(template: Template, input: SuggestInput, site: string): Omit<Candidate, 'text' | 'unfilled' | 'fits'> {
  const limit = siteLimitFor(site);
  const reasons: string[] = [];
  let score = 0;

  if (template.sites) {
    if (template.sites.includes(site)) {
      score += 3;
      reasons.push(`written for ${limit.name}`);
    } else {
      score -= 3;
    }
  }
  const distance = Math.abs(LENGTH_ORDER[template.length] - LENGTH_ORDER[limit.preferred]);
  if (distance === 0) {
    score += 2;
    reasons.push(`${template.length} length suits ${limit.name}`);
  } else if (distance === 2) {
    score -= site === 'x' ? 6 : 1;
  } else if (site === 'x') {
    score -= 2;
  }

  const topics = (template.topics ?? []).filter((topic) => input.labels.topics.includes(topic));
  if (topics.length > 0) {
    score += 2 * topics.length;
    reasons.push(`speaks to ${topics.map((topic) => TOPIC_WORDS[topic]).join(' and ')}`);
  }
  const flags = (template.flags ?? []).filter((flag) => input.labels.flags.includes(flag));
  if (flags.length > 0) {
    score += 3 * flags.length;
    reasons.push(`answers ${flags.map((flag) => FLAG_WORDS[flag]).join(' and ')}`);
  }
  // A template for a topic or flag the item does not have is a worse fit than a general one.
  if ((template.topics?.length ?? 0) > 0 && topics.length === 0) score -= 2;
  if ((template.flags?.length ?? 0) > 0 && flags.length === 0) score -= 3;
  if (template.tones?.includes(input.labels.tone)) score += 1;

  // Varies the order from item to item without randomness: same input, same ranking.
  score += (stableHash(`${input.item.id}\u0000${template.id}`) / 0xffffffff) * 1.2;
  return { template, score, reasons };
}

function intentParts(intent: string): string[] {
  return intent.split(/[+]/u);
}

/** Greedy pick: best score first, then the best whose intent differs from those already picked. */
function pickDiverse(candidates: Candidate[], count: number): { picked: Candidate; sharedIntent: boolean }[] {
  const remaining = [...candidates];
  const picked: { picked: Candidate; sharedIntent: boolean }[] = [];
  while (picked.length < count && remaining.length > 0) {
    const usedIntents = picked.map((entry) => entry.picked.template.intent);
    const usedParts = new Set(usedIntents.flatMap(intentParts));
    let bestIndex = -1;
    let bestValue = -Infinity;
    remaining.forEach((candidate, index) => {
      if (usedIntents.includes(candidate.template.intent)) return;
      const overlap = intentParts(candidate.template.intent).filter((part) => usedParts.has(part)).length;
      const value = candidate.score - 1.5 * overlap;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = index;
      }
    });
    let sharedIntent = false;
    if (bestIndex === -1) {
      // Every remaining template repeats an intent: take the best anyway rather than offer fewer.
      sharedIntent = true;
      bestIndex = remaining.reduce((best, candidate, index) => (candidate.score > remaining[best]!.score ? index : best), 0);
    }
    picked.push({ picked: remaining[bestIndex]!, sharedIntent });
    remaining.splice(bestIndex, 1);
  }
  return picked;
}

/** The playbook of a kind from the user's list, falling back to the shipped one. */
function playbookOfKind(playbooks: Playbook[] | undefined, kind: Playbook['kind']): Playbook {
  return (playbooks ?? DEFAULT_PLAYBOOKS).find((playbook) => playbook.kind === kind) ?? defaultPlaybookFor(kind);
}

/**
 * Three ranked replies for an item from the playbook its labels call for: fitted to the
 * site's length limit, not repeating templates already used on the page or with this
 * author, and each with a different intent.
 */
export function suggestReplies(input: SuggestInput): SuggestResult {
  const site = input.site ?? input.item.site;
  const angryCustomer = isAngryCustomer(input.labels, input.item.text);
  const answerAbusive = Boolean(input.answerAbusive) && angryCustomer;
  const playbook = playbookOfKind(input.playbooks, choosePlaybook(input.labels, input.item, { answerAbusive }));
  if (!playbook.engage) {
    return {
      playbook,
      suggestions: [],
      ...(playbook.noEngageReason ? { notice: playbook.noEngageReason } : {}),
      ...(angryCustomer ? { canAnswerAbusive: true } : {}),
    };
  }

  const limit = siteLimitFor(site);
  const used = new Set([...(input.history?.usedOnPage ?? []), ...(input.history?.usedWithAuthor ?? [])]);
  const context = buildContext({ item: input.item, labels: input.labels, site, profile: input.profile });

  const fresh = playbook.templates.filter((template) => !used.has(template.id));
  const candidates: Candidate[] = fresh.map((template) => {
    const scored = scoreTemplate(template, input, site);
    const { text, unfilled } = renderTemplate(template.body, context);
    const fits = siteLength(text, site) <= limit.maxChars;
    // Templates the profile cannot fill rank lower; the {{answer}} slot is meant to be written.
    const missing = unfilled.filter((name) => name !== 'answer').length;
    return { ...scored, text, unfilled, fits, score: scored.score - 1.5 * missing };
  });
  const fitting = candidates.filter((candidate) => candidate.fits);
  const pool = (fitting.length > 0 ? fitting : candidates).sort((a, b) => b.score - a.score);

  const suggestions = pickDiverse(pool, input.count ?? 3).map(({ picked, sharedIntent }, rank) => {
    const reasons = [...picked.reasons];
    if (rank > 0 && !sharedIntent) reasons.push(`a different angle (${picked.template.intent.replace(/[+-]/gu, ' ')})`);
    if (picked.unfilled.length > 0) reasons.push(`fill in ${picked.unfilled.join(', ')} first`);
    else if (used.size > 0) reasons.push('not used on this page or with this author yet');
    if (reasons.length === 0) reasons.push(`fits the ${playbook.name.toLowerCase()} playbook`);
    return {
      templateId: picked.template.id,
      text: picked.text,
      intent: picked.template.intent,
      why: capitalise(reasons.slice(0, 3).join('; ')),
      warnings: checkDraft(picked.text, {
        item: input.item,
        labels: input.labels,
        site,
        usedOnPage: input.history?.textsOnPage,
        toneOf: input.toneOf,
      }),
      unfilled: picked.unfilled,
    };
  });
  // Strong language about a real problem: answer the problem, not the language.
  return isAngryCustomer(input.labels, input.item.text)
    ? {
        playbook,
        suggestions,
        notice:
          'Strong language, but about a real problem: answer the problem calmly, do not mirror the words, and take it to a private channel.',
      }
    : { playbook, suggestions };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
