import { z } from 'zod';

export const ToneSchema = z.enum(['positive', 'neutral', 'negative']);
export type Tone = z.infer<typeof ToneSchema>;

export const FLAGS = ['abusive', 'complaint', 'question', 'escalation', 'refund', 'legal'] as const;
export const FlagSchema = z.enum(FLAGS);
export type Flag = z.infer<typeof FlagSchema>;

export const TOPICS = ['product', 'price', 'service', 'delivery', 'staff', 'corporate'] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

/** What the classifier says of one text. */
export const LabelsSchema = z.object({
  tone: ToneSchema,
  scores: z.object({ positive: z.number(), neutral: z.number(), negative: z.number() }),
  flags: z.array(FlagSchema),
  topics: z.array(TopicSchema),
  /** The few tokens or rules that moved the decisions most, readable by the user. */
  reasons: z.array(z.string()),
  /** ISO 639-1 code the text was read as (the caller's `language` option; 'en' by default). */
  language: z.string().optional(),
  /**
   * 'words': a model for that language read the whole text. 'emoji': no model for the language,
   * so tone comes from emoji and emoticons alone, with low confidence (the reasons say so).
   */
  toneSource: z.enum(['words', 'emoji']).optional(),
});
export type Labels = z.infer<typeof LabelsSchema>;
