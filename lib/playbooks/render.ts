import Mustache from 'mustache';
import type { Labels, Topic } from '@/lib/classifier/labels';
import type { Item } from '@/lib/sites/item';
import type { Profile } from '@/lib/settings/schema';
import { templateVariablesOf, type TemplateVariable } from './schema';
import { canMessageDirectly } from '@/lib/sites/reply-limits';
import { siteLimitFor } from '@/lib/sites/reply-limits';

/** Values for template variables; a missing or empty value is "unfilled". */
export type RenderContext = Partial<Record<TemplateVariable, string>>;

/** How a missing variable shows in the text, so the user sees what to fill in. */
export const UNFILLED_MARKERS: Record<TemplateVariable, string> = {
  firstName: '[first name]',
  author: '[author name]',
  site: '[site name]',
  rating: '[rating]',
  quote: '[what they said]',
  topic: '[topic]',
  brand: '[brand name]',
  replierName: '[your name]',
  signature: '[your signature]',
  email: '[your email]',
  phone: '[your phone]',
  dmHandle: '[your DM handle]',
  supportUrl: '[your help page]',
  contact: '[how to reach you]',
  answer: '[your answer]',
};

export interface RenderResult {
  text: string;
  /** Variables with no value, left visible in `text` as their marker. */
  unfilled: string[];
}

const plainText = { escape: (value: unknown) => String(value) };

/**
 * Fills a template's variables as plain text (no HTML escaping). Values are never parsed
 * as templates, so "{{brand}}" inside a name or a quote stays literal.
 *
 * @example renderTemplate('Hi {{firstName}}, {{brand}} here', { firstName: 'Ana' })
 * // → { text: 'Hi Ana, [brand name] here', unfilled: ['brand'] }
 */
export function renderTemplate(template: string, context: RenderContext): RenderResult {
  const parsed = templateVariablesOf(template);
  if ('error' in parsed) {
    // The schema rejects such templates; a raw string here is shown as it is, flagged.
    return { text: template, unfilled: ['template'] };
  }
  const unfilled: string[] = [];
  const view: Record<string, string> = {};
  for (const name of parsed.names) {
    const value = (context as Record<string, string | undefined>)[name]?.trim();
    if (value) {
      view[name] = value;
    } else {
      view[name] = UNFILLED_MARKERS[name as TemplateVariable] ?? `{{${name}}}`;
      if (!unfilled.includes(name)) unfilled.push(name);
    }
  }
  return { text: Mustache.render(template, view, {}, plainText), unfilled };
}

const GENERIC_NAMES = new Set([
  'a google user',
  'google user',
  'facebook user',
  'anonymous',
  'anon',
  'guest',
  'customer',
  'user',
  'admin',
  'unknown',
  'deleted',
  '[deleted]',
  'a customer',
  'amazon customer',
  'kindle customer',
  'yelp user',
  'tripadvisor member',
  // The same placeholders as Amazon, Google and TripAdvisor show them in other languages.
  'cliente',
  'client',
  'kunde',
  'cliente de amazon',
  'cliente amazon',
  "client d'amazon",
  'client amazon',
  'amazon kunde',
  'amazon-kunde',
  'utilisateur google',
  'usuario de google',
  'google-nutzer',
  'utente google',
  'utilizador do google',
]);

const NAME_TOKEN = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
const DECORATION = /[\p{Extended_Pictographic}\p{S}\u200d\ufe0f]/gu;

/** Whether a display name is a handle or placeholder rather than a person's name. */
function looksLikeHandle(name: string): boolean {
  // "lena.k" or "j.doe" are usernames; a dot between letters rarely appears in a first name;
  // "RoadTripRon" (a capital inside a run of letters, not after Mc/Mac/O') is a user name too.
  return (
    /[@_#\d]|https?:|[{}<>[\]]|\p{L}\.\p{L}/u.test(name) ||
    /(?<!^(?:Mc|Mac|O'|D'|De|Di|Le|La)\p{L}*)\p{Ll}\p{Lu}/u.test(name.split(' ')[0] ?? '')
  );
}

/** Titles before a name, in six languages (lower case, without the dot). */
const TITLES = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'herr',
  'frau',
  'm',
  'mme',
  'mlle',
  'sr',
  'sra',
  'srta',
  'sig',
  'sig.ra',
  'sigra',
  'dott',
  'dott.ssa',
  'ing',
  'dra',
  'don',
  'doña',
  'dona',
]);

/** "Familie Keller", "The Smiths": a family or group, greeted as written. */
const GROUP_NAME = /^(?:familie|family|famille|famiglia|familia|fam\.)\s+\p{Lu}[\p{L}'-]+$/iu;

/**
 * The first name to greet someone by, or `undefined` when the display name is a handle
 * ("@jdoe99", "user123"), a placeholder ("A Google User") or empty.
 */
export function firstNameOf(author: string | undefined): string | undefined {
  const cleaned = (author ?? '').replace(DECORATION, ' ').replace(/\s+/gu, ' ').trim();
  if (GROUP_NAME.test(cleaned)) return cleaned;
  if (!cleaned || GENERIC_NAMES.has(cleaned.toLowerCase()) || looksLikeHandle(cleaned)) return undefined;
  // "Amazon Kundin", "Cliente de Google", "Tripadvisor reviewer": a platform's placeholder in any form.
  if (
    /^(?:amazon|google|kindle|yelp|tripadvisor|booking(?:\.com)?|trustpilot|facebook|instagram)(?:[\s-]|$)|(?:de|d'|do|da|di|von)\s*(?:amazon|google)$/iu.test(
      cleaned,
    )
  )
    return undefined;
  // "wanderwithjules": one long lower-case word is a user name, not a first name.
  if (!cleaned.includes(' ') && cleaned === cleaned.toLowerCase() && [...cleaned].length > 10) return undefined;
  // "O'Brien, Kate": surname first, then the given name.
  const commaName = /^([\p{L}'’-]{2,}),\s*(\p{L}[\p{L}'’-]+)$/u.exec(cleaned);
  const written = (commaName ? `${commaName[2]} ${commaName[1]}` : cleaned).split(' ');
  // "Mr Tom Baker", "Sra. Lucía Gómez": a courtesy title before the given name is skipped;
  // a title before a surname alone ("Herr Müller", "Mme Durand") leaves no first name to greet by.
  const tokens = [...written];
  // Someone who signs "Dr." or "Prof." is not greeted by first name at all.
  if (/^(?:dr|dra|prof|dott|dott\.ssa|ing)\.?$/iu.test(tokens[0] ?? '')) return undefined;
  while (tokens.length > 0 && TITLES.has(tokens[0]!.toLowerCase().replace(/[.,]+$/u, ''))) tokens.shift();
  if (tokens.length === 0 || (tokens.length < written.length && tokens.length === 1)) return undefined;
  if (/^the$/iu.test(tokens[0] ?? '')) return undefined;
  for (const token of tokens) {
    const word = token.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, '');
    if (!word) continue;
    // "St.", "J.": an initial or abbreviation, not a name to greet by.
    if (/^\p{L}+\.$/u.test(token.replace(/^[^\p{L}]+/u, ''))) return undefined;
    if (!NAME_TOKEN.test(word) || [...word].filter((c) => /\p{L}/u.test(c)).length < 2) return undefined;
    if (GENERIC_NAMES.has(word.toLowerCase())) return undefined;
    // Lowercase-only names get a capital, shouted ones ("KATE") a capital only; scripts without case are left as they are.
    const spoken = word === word.toUpperCase() && word !== word.toLowerCase() && [...word].length > 1 ? word.toLowerCase() : word;
    return spoken.charAt(0).toLocaleUpperCase() + spoken.slice(1);
  }
  return undefined;
}

const TOPIC_PHRASES: Record<Topic, string> = {
  product: 'what we make',
  price: 'our prices',
  service: 'the service you had',
  delivery: 'your delivery',
  staff: 'our team',
  corporate: 'how we run things',
};

/** A short fragment of the item's text to quote back, cut at a word boundary. */
export function quoteOf(text: string, maxChars = 60): string {
  const firstSentence =
    text
      .replace(/\s+/gu, ' ')
      .trim()
      .split(/(?<=[.!?])\s/u)[0] ?? '';
  const chars = [...firstSentence];
  // Trimmed after the end mark goes, so `" !` quotes as `"`, exactly what a template shows.
  if (chars.length <= maxChars) return firstSentence.replace(/[.!?]+$/u, '').trim();
  const cut = chars.slice(0, maxChars).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/** The best way to reach the replier on this site: a DM where DMs exist, else email, phone, help page. */
export function contactFor(profile: Profile, site: string): string | undefined {
  const handle = profile.dmHandle && (profile.dmHandle.startsWith('@') ? profile.dmHandle : `@${profile.dmHandle}`);
  if (handle && canMessageDirectly(site)) return handle;
  if (profile.email) return profile.email;
  if (profile.phone) return profile.phone;
  if (handle) return handle;
  if (profile.supportUrl) return profile.supportUrl;
  return undefined;
}

export interface ContextInput {
  item: Pick<Item, 'author' | 'text' | 'rating' | 'site'>;
  labels?: Pick<Labels, 'topics'>;
  site?: string;
  profile: Profile;
}

/** Everything a template can use, from the item, its labels and the replier's profile. */
export function buildContext({ item, labels, site, profile }: ContextInput): RenderContext {
  const siteId = site ?? item.site;
  const firstName = firstNameOf(item.author);
  const topic = labels?.topics[0];
  const context: RenderContext = {
    firstName: firstName ?? 'there',
    author: item.author?.trim() || 'there',
    site: siteLimitFor(siteId).name === 'this site' ? undefined : siteLimitFor(siteId).name,
    rating: item.rating === undefined ? undefined : String(item.rating),
    quote: quoteOf(item.text) || undefined,
    topic: topic ? TOPIC_PHRASES[topic] : 'your visit',
    brand: profile.brand,
    replierName: profile.replierName,
    signature: profile.signature || profile.replierName,
    email: profile.email,
    phone: profile.phone,
    dmHandle: profile.dmHandle,
    supportUrl: profile.supportUrl,
    contact: contactFor(profile, siteId),
  };
  return context;
}
