import { z } from 'zod';
import { ToneSchema, type Labels, type Tone } from '@/lib/classifier/labels';
import { LabelledItemSchema, type LabelledItem } from '@/lib/messaging/protocol';
import { FAMILIES, familyOf, type Family } from '@/lib/playbooks/family';
import type { LoggedFacts } from '@/lib/storage/queries';
import { ResponseActionSchema } from '@/lib/storage/schemas';
import { effectiveTone } from '@/lib/tone';

/**
 * What the panel shows about an item beyond the page's facts, derived once by the
 * background before it stores the tab's list (and again when the log changes):
 * the effective tone (in `labels.tone`, as the page's badge shows it), the family
 * of feedback, and what was done about it. The panel renders these; it never re-derives them.
 */

/** What happened to an item: the latest logged action, else the owner's reply on the page. */
export const HandledStateSchema = z.union([ResponseActionSchema, z.literal('repliedOnPage')]);
export type HandledState = z.infer<typeof HandledStateSchema>;

export const HANDLED_WORDS: Record<HandledState, string> = {
  inserted: 'inserted',
  copied: 'copied',
  answered: 'answered',
  ignored: 'ignored',
  repliedOnPage: 'replied on page',
};

export const PanelItemSchema = LabelledItemSchema.extend({
  /** The classifier's tone; `labels.tone` is the effective one. */
  classifierTone: ToneSchema,
  /** The user's correction, when there is one (then `labels.tone` is it). */
  correction: ToneSchema.optional(),
  family: z.enum(FAMILIES),
  /** Absent while nothing was done about the item. */
  handled: HandledStateSchema.optional(),
});
export type PanelItem = z.infer<typeof PanelItemSchema>;

const correctionReason = (tone: Tone) => `corrected by you to ${tone}`;

/**
 * The panel's item from the classifier's labels and the log's facts. The one place the
 * tone rule (lib/tone.ts) meets a tab's items; the reasons say when the user corrected it.
 */
export function withStatus(item: LabelledItem, facts: LoggedFacts): PanelItem {
  const classifier = item.labels;
  const labels = effectiveLabels(classifier, facts);
  const tone = labels.tone;
  const handled: HandledState | undefined = item.isOwnerReply
    ? undefined
    : (facts.latestAction ?? (item.hasOwnerReply ? 'repliedOnPage' : undefined));
  const family = familyOfLabels(labels, tone, [item.title, item.text].filter(Boolean).join('\n'));
  return {
    ...item,
    labels,
    classifierTone: classifier.tone,
    ...(facts.correction ? { correction: facts.correction } : {}),
    family,
    ...(handled ? { handled } : {}),
  };
}

/**
 * The labels as the page's badge and the panel show them: the user's correction of the tone, when
 * there is one, wins (`withStatus`'s `labels`, without the family, which the badge does not show).
 */
export function effectiveLabels(classifier: Labels, facts: LoggedFacts): Labels {
  if (!facts.correction) return classifier;
  const tone = effectiveTone(classifier.tone, facts.correction);
  return { ...classifier, tone, reasons: [correctionReason(facts.correction), ...classifier.reasons] };
}

/** The family of feedback of an item read as `labels`, with its effective `tone` (the panel's and the inbox's). */
export function familyOfLabels(labels: Labels, tone: Tone, text: string): Family {
  return familyOf(
    {
      flags: labels.flags,
      tone,
      stars: labels.stars,
      points: labels.points ?? [],
      questions: labels.questions ?? [],
      ...(labels.language ? { language: labels.language } : {}),
    },
    text,
  );
}

/** The item as the classifier labelled it, to derive its status again when the log changed. */
export function asLabelled(item: PanelItem): LabelledItem {
  const { classifierTone, correction, family: _family, handled: _handled, ...rest } = item;
  if (!correction) return rest;
  return { ...rest, labels: { ...rest.labels, tone: classifierTone, reasons: rest.labels.reasons.slice(1) } };
}
