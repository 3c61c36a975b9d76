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

const HTTP_URL = /^https?:\/\//i;
const SITE_ID = /^[a-z0-9-]{1,40}$/;
const KINDS: ReadonlySet<unknown> = new Set(ItemKindSchema.options);
const PostedAtSchema = ItemSchema.shape.postedAt.unwrap();
const isString = (value: unknown, max: number, min = 0): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const optionalString = (value: unknown, max: number) => value === undefined || isString(value, max);
const optionalUrl = (value: unknown) => value === undefined || (isString(value, 4096) && HTTP_URL.test(value));
const optionalNumber = (value: unknown, min: number, max: number) =>
  value === undefined || (typeof value === 'number' && value >= min && value <= max);

/**
 * ItemSchema's verdict for an item the extractor built itself (plain fields it set, no `reply`,
 * no extra keys), without a Zod parse per item: a live page's scan built and parsed each of
 * thousands of items, about a third of its time. The same limits as ItemSchema; a unit test
 * compares both on generated items. Untrusted data (messages, files) still goes through ItemSchema.
 */
export function isBuiltItemValid(candidate: Record<string, unknown>): candidate is Item {
  return (
    isString(candidate.id, 2048, 1) &&
    typeof candidate.site === 'string' &&
    SITE_ID.test(candidate.site) &&
    KINDS.has(candidate.kind) &&
    optionalString(candidate.author, 500) &&
    optionalUrl(candidate.authorUrl) &&
    isString(candidate.text, 1_000_000) &&
    optionalString(candidate.title, 2000) &&
    optionalNumber(candidate.rating, 0, 10) &&
    optionalNumber(candidate.ratingMax, 1, 10) &&
    (candidate.postedAt === undefined || PostedAtSchema.safeParse(candidate.postedAt).success) &&
    optionalString(candidate.timeText, 200) &&
    optionalUrl(candidate.permalink) &&
    typeof candidate.isOwnerReply === 'boolean' &&
    optionalString(candidate.parentId, 2048) &&
    (candidate.hasOwnerReply === undefined || typeof candidate.hasOwnerReply === 'boolean') &&
    candidate.reply === undefined
  );
}
