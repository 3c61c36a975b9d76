import type { Labels, Point } from '@/lib/classifier/labels';
import { fold } from '@/lib/reading/cues';

/** One reason as a marketer reads it, with the words of the item it rests on. */
export interface PlainReason {
  text: string;
  /** Words quoted from the item (as the reading step folded them: lower case, no accents). */
  evidence: string[];
}

const ASPECT_WORDS: Record<string, string> = {
  wait: 'the wait',
  temperature: 'the temperature',
  staff: 'staff',
  order: 'the order',
  delivery: 'delivery',
  price: 'the price',
  billing: 'billing',
  cleanliness: 'cleanliness',
  noise: 'the noise',
  booking: 'booking',
  room: 'the room',
  safety: 'safety',
  product: 'the product',
  app: 'the app',
  size: 'the size',
  quality: 'quality',
  service: 'the service',
  access: 'access',
  packaging: 'packaging',
  pets: 'pets',
};

/** The reading step's reason openings, said as what the person does. */
const LEADS: readonly [RegExp, string][] = [
  [/^Looks like spam$/u, 'looks like spam'],
  [/^Insult aimed at people$/u, 'insults people'],
  [/^Legal threat$/u, 'talks of legal action'],
  [/^Threatens to go public$/u, 'threatens to go public'],
  [/^Health or safety issue$/u, 'raises a health or safety issue'],
  [/^Money back or cancellation$/u, 'wants money back or to cancel'],
  [/^Not about the business$/u, 'is not about your business'],
  [/^Asks$/u, 'asks'],
  [/^Reads as (\w+)/u, 'sounds $1'],
  [/^flag (\w+)$/u, 'reads as $1'],
  [/^(positive|negative|neutral)$/u, 'sounds $1'],
];

const QUOTED = /'([^']+)'/gu;

function quotedIn(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m[1]!.replace(/…$/u, '').trim()).filter(Boolean);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One stored reason ("Legal threat: 'lawyer'", "negative: 'too' (+0.5)") in plain words ("talks of legal action: says 'lawyer'"). */
export function plainReason(reason: string): PlainReason {
  const evidence = quotedIn(reason);
  // The tone model's weights ("(+0.5)") and rule names mean nothing to a reader.
  const cleaned = reason
    .replace(/\s*\([+-]?\d+(?:\.\d+)?\)/gu, '')
    .replace(/:\s*rule '[^']*'/u, '')
    .trim();
  const colon = cleaned.indexOf(': ');
  if (colon > 0) {
    const lead = cleaned.slice(0, colon);
    const rest = cleaned.slice(colon + 2);
    const rule = LEADS.find(([pattern]) => pattern.test(lead));
    const said = rule ? lead.replace(rule[0], rule[1]) : lowerFirst(lead);
    if (evidence.length > 0) {
      const quotes = evidence.map((e) => `'${e}'`).join(', ');
      return { text: said === 'asks' ? `asks ${quotes}` : `${said}: says ${quotes}`, evidence };
    }
    return { text: `${said}: ${lowerFirst(rest)}`, evidence };
  }
  const rule = LEADS.find(([pattern]) => pattern.test(cleaned));
  const text = rule ? cleaned.replace(rule[0], rule[1]) : cleaned;
  return { text: /^\d/u.test(text) ? text : lowerFirst(text), evidence };
}

/** A point the person made, as a sentence: "says 'rude' about staff". */
export function pointReason(point: Point): PlainReason {
  const about = ASPECT_WORDS[point.aspect] ?? point.aspect;
  const words = point.person ?? point.text;
  const named = fold(words).includes(fold(about.replace(/^the /u, '')));
  const tail = named ? '' : ` about ${about}`;
  const text =
    point.polarity === 'negative'
      ? `says '${words}'${tail}`
      : point.polarity === 'positive'
        ? `praises ${named ? `'${words}'` : `${about}: '${words}'`}`
        : `mentions ${named ? `'${words}'` : `${about}: '${words}'`}`;
  return { text, evidence: [point.text] };
}

/**
 * What the side panel says of an item, in sentences read at a glance: the stored reasons
 * reworded, then the points not already said, without repeats. At most `max`.
 */
export function plainReasons(labels: Pick<Labels, 'reasons' | 'points'>, max = 6): PlainReason[] {
  const out: PlainReason[] = [];
  const seen = new Set<string>();
  const add = (reason: PlainReason) => {
    const key = reason.text.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(reason);
  };
  for (const reason of labels.reasons) add(plainReason(reason));
  const quoted = new Set(out.flatMap((r) => r.evidence.map(fold)));
  for (const point of labels.points ?? []) {
    if (!quoted.has(fold(point.text))) add(pointReason(point));
  }
  return out.slice(0, max);
}

/** The original text folded the reading step's way, with where each folded character came from. */
function foldWithMap(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = fold(char);
    for (let k = 0; k < part.length; k += 1) {
      from.push(index);
      to.push(index + char.length);
    }
    folded += part;
    index += char.length;
  }
  return { folded, from, to };
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Where the evidence words are in the item's own text, as [start, end) ranges sorted and
 * merged. Matched on folded text ("debite" finds "débité"), preferring whole words.
 */
export function evidenceRanges(text: string, evidence: readonly string[]): [number, number][] {
  if (!text) return [];
  const { folded, from, to } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const words of new Set(evidence.map((e) => fold(e).trim()).filter((e) => e.length >= 2))) {
    let at = folded.indexOf(words);
    let chosen = -1;
    while (at >= 0) {
      const before = folded[at - 1];
      const after = folded[at + words.length];
      const whole = !(before && LETTER.test(before)) && !(after && LETTER.test(after));
      if (whole) {
        chosen = at;
        break;
      }
      if (chosen < 0) chosen = at;
      at = folded.indexOf(words, at + 1);
    }
    if (chosen >= 0) ranges.push([from[chosen]!, to[chosen + words.length - 1]!]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
