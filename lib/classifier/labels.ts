import { z } from 'zod';

export const ToneSchema = z.enum(['positive', 'neutral', 'negative']);
export type Tone = z.infer<typeof ToneSchema>;

/** The flags the classifier itself sets. */
export const FLAGS = ['abusive', 'complaint', 'question', 'escalation', 'refund', 'legal'] as const;
export const FlagSchema = z.enum(FLAGS);
export type Flag = z.infer<typeof FlagSchema>;

/** The classifier's flags plus those the reading step adds (lib/reading). */
export const ITEM_FLAGS = [...FLAGS, 'spam', 'offTopic', 'mixed', 'sarcasm', 'ratingMismatch', 'hazard'] as const;
export const ItemFlagSchema = z.enum(ITEM_FLAGS);
export type ItemFlag = z.infer<typeof ItemFlagSchema>;

export const ASPECTS = [
  'wait',
  'temperature',
  'staff',
  'order',
  'delivery',
  'price',
  'billing',
  'cleanliness',
  'noise',
  'booking',
  'room',
  'safety',
  'product',
  'app',
  'size',
  'quality',
  'service',
  'access',
  'packaging',
  'pets',
] as const;
export const PointSchema = z.object({
  aspect: z.enum(ASPECTS),
  polarity: z.enum(['positive', 'negative', 'neutral']),
  text: z.string().max(300),
  amount: z.string().max(60).optional(),
  person: z.string().max(60).optional(),
  detail: z.string().max(60).optional(),
});
export type Point = z.infer<typeof PointSchema>;

export const TOPICS = ['product', 'price', 'service', 'delivery', 'staff', 'corporate'] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

/** What the classifier says of one text. */
export const LabelsSchema = z.object({
  tone: ToneSchema,
  scores: z.object({ positive: z.number(), neutral: z.number(), negative: z.number() }),
  flags: z.array(ItemFlagSchema),
  topics: z.array(TopicSchema),
  /** The few tokens or rules that moved the decisions most, readable by the user. */
  reasons: z.array(z.string()),
  /** ISO 639-1 code the text was read as (the reading step's detected language; the classifier's `language` option). */
  language: z.string().max(8).optional(),
  /**
   * 'words': a model for that language read the whole text. 'emoji': no model for the language,
   * so tone comes from emoji and emoticons alone, with low confidence (the reasons say so).
   */
  toneSource: z.enum(['words', 'emoji']).optional(),
  /** From the reading step (lib/reading); absent on labels logged before it existed. */
  languageConfidence: z.number().min(0).max(1).optional(),
  questions: z.array(z.string().max(2000)).max(10).optional(),
  points: z.array(PointSchema).max(12).optional(),
  /** The rating on a five-star scale. */
  stars: z.number().min(0).max(5).optional(),
});
export type Labels = z.infer<typeof LabelsSchema>;
