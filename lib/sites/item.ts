import { z } from 'zod';

/** Editor kinds a reply box can be; picks the insertion strategy in lib/editors. */
export const EditorKindSchema = z.enum(['textarea', 'contenteditable', 'lexical', 'draftjs', 'quill', 'prosemirror', 'iframe', 'none']);
export type EditorKind = z.infer<typeof EditorKindSchema>;

export const ItemKindSchema = z.enum(['post', 'comment', 'reply', 'review']);
export type ItemKind = z.infer<typeof ItemKindSchema>;

/** A site id is one slug used everywhere: adapter file, entrypoint, fixture folder, settings key. */
export const SiteIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);

const httpUrl = z
  .string()
  .max(4096)
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

/**
 * One comment, review or post found on a page. Every adapter produces this shape.
 * What the page does not show is absent, never guessed.
 */
export const ItemSchema = z.object({
  /** The site's own id or permalink where present, else a hash of author+text+position. */
  id: z.string().min(1).max(2048),
  site: SiteIdSchema,
  kind: ItemKindSchema,
  author: z.string().max(500).optional(),
  authorUrl: httpUrl.optional(),
  /** Full text, line breaks and emoji kept, no HTML. May be empty for media-only items. */
  text: z.string().max(1_000_000),
  /** Review title where the site shows one apart from the body. */
  title: z.string().max(2000).optional(),
  /** Stars or bubbles, on the site's own scale (ratingMax, usually 5). */
  rating: z.number().min(0).max(10).optional(),
  ratingMax: z.number().min(1).max(10).optional(),
  /** ISO time, only when the page carries a machine-readable one. */
  postedAt: z.string().datetime({ offset: true }).optional(),
  /** The time as the page shows it ("1w", "2 mths"), when that is all there is. */
  timeText: z.string().max(200).optional(),
  permalink: httpUrl.optional(),
  /** The business's own reply: not an item to answer, but marks its parent answered. */
  isOwnerReply: z.boolean(),
  /** Id of the item this one replies to, when the page nests them. */
  parentId: z.string().max(2048).optional(),
  /** True when an owner reply to this item is on the page. */
  hasOwnerReply: z.boolean().optional(),
  /** How to reach the reply box: which editor the site uses, and whether one is reachable here. */
  reply: z
    .object({
      editor: EditorKindSchema,
      available: z.boolean(),
    })
    .optional(),
});
export type Item = z.infer<typeof ItemSchema>;
