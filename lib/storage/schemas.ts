import { z } from 'zod';
import { LabelsSchema } from '@/lib/classifier/labels';
import { ItemSchema } from '@/lib/sites/item';
import { EpochMsSchema } from '@/lib/time';

/**
 * What may be written to the log, as Zod schemas. The messages to the background carry
 * them (lib/messaging/protocol.ts), so this module stays free of Dexie: content scripts
 * import it. Each input is parsed once, where it arrives, and a failure names the bad field.
 */

export const ResponseActionSchema = z.enum(['inserted', 'copied', 'answered', 'ignored']);
export const FollowUpStateSchema = z.enum(['none', 'due', 'done', 'snoozed']);

/** What the side panel / background hands over when the user acted on an item. */
export const ResponseInputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  item: ItemSchema,
  labels: LabelsSchema.optional(),
  pageUrl: z.string().max(4096),
  playbookId: z.string().max(200).optional(),
  templateId: z.string().max(200).optional(),
  replyText: z.string().max(100_000),
  action: ResponseActionSchema,
  /** When the item was first seen; defaults to what `items` knows, else repliedAt. */
  firstSeenAt: EpochMsSchema.optional(),
  repliedAt: EpochMsSchema.optional(),
  followUpAt: EpochMsSchema.optional(),
  notes: z.string().max(100_000).optional(),
});
export type ResponseInput = z.input<typeof ResponseInputSchema>;
/** A response input once parsed (what the message boundary or `logResponse` hands on). */
export type ResponseData = z.output<typeof ResponseInputSchema>;

/** One item the content script found, with its labels (what `itemsFound` yields). */
export const SeenItemSchema = z.object({
  item: ItemSchema,
  labels: LabelsSchema.optional(),
  pageUrl: z.string().max(4096).optional(),
});
export type SeenItemData = z.output<typeof SeenItemSchema>;

/** "responses[12].repliedAt: expected number, received string" from a Zod error. */
export function describeZodError(error: z.ZodError, root = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${root || '(root)'}: invalid`;
  let where = root;
  for (const part of issue.path) {
    where += typeof part === 'number' ? `[${part}]` : where ? `.${String(part)}` : String(part);
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return `${where || '(root)'}: ${message}`;
}
