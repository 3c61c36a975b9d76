import { z } from 'zod';
import { EditorKindSchema, ItemKindSchema, SiteIdSchema, type Item, type ItemKind } from './item';

/*
 * The shape of a site adapter, written once: every type below is `z.infer` of its schema.
 * The conventions test parses every registered adapter with SiteAdapterSchema.
 */

/**
 * An ordered list of CSS selectors: the first that matches wins.
 *
 * Field selectors (author, text, time, ...) are run inside the item. Two
 * small extensions, handled by lib/dom/query.ts:
 * - `:scope` alone means the item element itself;
 * - a trailing `@attr` reads that attribute instead of the text
 *   (`:scope@author`, `a.user@href`).
 */
export const SelectorsSchema = z.array(z.string().min(1).max(500)).min(1).readonly();
export type Selectors = z.infer<typeof SelectorsSchema>;

/** A Chrome match pattern: scheme, host (with an optional leading `*.`), path. */
const MatchPatternSchema = z
  .string()
  .regex(/^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9.-]+)\/.*$/, 'must be a match pattern like https://*.example.com/*');

const RegExpSourceSchema = z.string().refine((value) => {
  try {
    return new RegExp(value).source.length > 0;
  } catch {
    return false;
  }
}, 'must be a regular expression');

export const OwnerReplyRuleSchema = z.object({
  container: SelectorsSchema,
  author: SelectorsSchema.optional(),
  text: SelectorsSchema,
  time: SelectorsSchema.optional(),
});
export type OwnerReplyRule = z.infer<typeof OwnerReplyRuleSchema>;

/** Any one of these makes an item the page owner's (or post author's) own. */
export const OwnerMarkerSchema = z
  .strictObject({
    /** A badge inside the item (`sel:scope` for a class on the item itself: WordPress `bypostauthor`). */
    badge: SelectorsSchema.optional(),
    /**
     * The badge must show one of these texts (localised), when the same badge also shows others ("Top fan").
     * Compared without case and without the separators the layout puts around a label ("· Creator").
     */
    badgeText: z.array(z.string().min(1)).readonly().optional(),
    /**
     * Where the page names the post's author (`shreddit-post@author`): an item by that author is the owner's.
     * Every match of the first selector that matches counts (a channel shown twice, by two names).
     */
    postAuthor: SelectorsSchema.optional(),
    /** A regular expression with one group that cuts the name out of what `postAuthor` reads ("/(name)/p/…"). */
    postAuthorPattern: RegExpSourceSchema.optional(),
    /**
     * Where the page links to the post author's profile: an item whose author link is the same
     * profile is the owner's (X and TikTok show a display name, the link holds the handle).
     */
    postAuthorUrl: SelectorsSchema.optional(),
    /**
     * The element holding one post and its comments (a feed shows many): the post's author is read
     * in the item's nearest one; without it, or outside one, once for the whole page.
     */
    postScope: SelectorsSchema.optional(),
    /**
     * The site lists replies flat, one after another (X's conversation): an owner's reply answers
     * the item just before it, unless that is the post or another of the owner's replies.
     */
    answersItemBefore: z.boolean().optional(),
  })
  .refine(
    (m) => m.badge !== undefined || m.postAuthor !== undefined || m.postAuthorUrl !== undefined,
    'needs a badge, postAuthor or postAuthorUrl',
  );
export type OwnerMarker = z.infer<typeof OwnerMarkerSchema>;

export const ItemRuleSchema = z.strictObject({
  kind: ItemKindSchema,
  container: SelectorsSchema,
  /** Containers matching any of these are dropped (e.g. a "write a review" widget that looks like a review). */
  excludeContainer: SelectorsSchema.optional(),
  author: SelectorsSchema.optional(),
  authorUrl: SelectorsSchema.optional(),
  text: SelectorsSchema.optional(),
  /** Elements inside the text to leave out ("See more" buttons, owner responses nested in the body). */
  textSkip: SelectorsSchema.optional(),
  /** The site renders text with `white-space: pre-wrap`: line breaks in text nodes are real. */
  preLine: z.boolean().optional(),
  title: SelectorsSchema.optional(),
  time: SelectorsSchema.optional(),
  rating: SelectorsSchema.optional(),
  /** The site's scale when it is not 5. */
  ratingMax: z.number().int().min(1).max(10).optional(),
  permalink: SelectorsSchema.optional(),
  /** Where the site's own id is (same mini-syntax: `:scope@data-review-id`). */
  id: SelectorsSchema.optional(),
  /** Kind given to items of this rule that sit inside another found item of the same kind (nested replies). */
  nestedKind: ItemKindSchema.optional(),
  /**
   * For sites that put replies beside, not inside, the comment they answer
   * (YouTube threads): the reply's nearest `ancestor` holds the parent as `item`.
   */
  threadParent: z.strictObject({ ancestor: z.string().min(1), item: z.string().min(1) }).optional(),
  /** A regular expression with one group that cuts the author out of a longer label ("post by (.+)"). */
  authorPattern: RegExpSourceSchema.optional(),
  /** The business's reply shown inside the item: found as its own item (isOwnerReply) and marks the parent answered. */
  ownerReply: OwnerReplyRuleSchema.optional(),
  /** Items of this rule are the business's own replies (marks the item they sit in as answered). */
  isOwnerReply: z.boolean().optional(),
  /** How the site marks the owner's own comments among ordinary ones (they become owner replies). */
  ownerMarker: OwnerMarkerSchema.optional(),
});
export type ItemRule = z.infer<typeof ItemRuleSchema>;

/**
 * Where the box an item's Reply control opens appears, relative to that item:
 * - `inside`: in the item's own subtree (not in a nested item's): WordPress, Disqus, Reddit, YouTube, LinkedIn;
 * - `after`: after the item, before the next item outside its thread (Facebook: under the comment's replies);
 * - `dialog`: in a dialog (`ReplyRule.dialog`) that links to the item's author (X's reply dialog);
 * - `composer`: the post's single comment box, which Reply prefills with an @mention (Instagram).
 */
export const BoxPlaceSchema = z.enum(['inside', 'after', 'dialog', 'composer']);
export type BoxPlace = z.infer<typeof BoxPlaceSchema>;

export const ReplyRuleSchema = z
  .strictObject({
    /**
     * The item's own Reply control, searched inside the item (never inside its text or a nested
     * item: a commenter-written link labelled "Reply" is not a control). Never a Post/Send button.
     */
    open: SelectorsSchema.optional(),
    /** Text the open control shows (localised), when it has no other hook; matched on `openTextIn` inside the item. */
    openText: z.array(z.string().min(1)).readonly().optional(),
    /** Where to look for a control showing `openText` (default: buttons, links, role=button). */
    openTextIn: SelectorsSchema.optional(),
    /** Every editor a person could type a reply or comment into; `place` decides which item one belongs to. */
    box: SelectorsSchema,
    /** Where the box Reply opens sits, relative to its item. */
    place: BoxPlaceSchema,
    /** For `place: 'dialog'`: the dialog holding the reply box. */
    dialog: SelectorsSchema.optional(),
    /**
     * The post-level composer (writes a new top-level comment). Used only for the post itself, or
     * for a site with no per-comment reply; never taken for a comment's reply box.
     */
    postComposer: SelectorsSchema.optional(),
    /**
     * The post-level composer sits right after the post rather than inside it (X's status page:
     * the inline "Post your reply" box under the focused post): it belongs to the item before it.
     */
    postComposerFollowsPost: z.boolean().optional(),
    /**
     * The page has one reply form that Reply moves under the comment (WordPress comment-reply.js,
     * Blogger): it holds one unposted reply at a time.
     */
    movesOneForm: z.boolean().optional(),
    /** How the site addresses a person in a shared composer: `@handle` (Instagram, X) or their name (Facebook). */
    mention: z.enum(['handle', 'name']).optional(),
    editor: EditorKindSchema,
  })
  .refine((reply) => reply.place !== 'dialog' || reply.dialog !== undefined, { message: "place 'dialog' needs dialog selectors" });
export type ReplyRule = z.infer<typeof ReplyRuleSchema>;

export const RepliesElsewhereSchema = z.strictObject({
  /** Completes "<site> replies are written …": "in your Trustpilot business account". */
  where: z.string().min(1).max(200),
  /** The owner tools' address, shown as a link. */
  url: z.string().url().optional(),
  /**
   * Only when this page shows no reply control or box for the item (Google Maps: the owner,
   * signed in, gets a Reply button on the public page; everyone else answers in the Business Profile).
   */
  unlessBoxOnPage: z.boolean().optional(),
});
export type RepliesElsewhere = z.infer<typeof RepliesElsewhereSchema>;

/** How long a reply may be on the site, and how it reads best there (the playbooks and the draft check use it). */
export const ReplyLimitSchema = z.strictObject({
  /** The site as a reply names it ("your review on Yelp", "your comment on the blog"). */
  name: z.string().min(1).max(80),
  /** Longest reply the site accepts, in the site's own counting. */
  maxChars: z.number().int().min(1).max(100_000),
  /** True when the figure is our estimate rather than a limit the site documents or shows. */
  assumed: z.boolean(),
  /** The reply length that reads best there. */
  preferred: z.enum(['short', 'medium', 'long']),
  /** X counts some characters double and every link as 23 (twitter-text v3 weighting). */
  counting: z.literal('x-weighted').optional(),
});
export type ReplyLimit = z.infer<typeof ReplyLimitSchema>;

/** A partial item a hook found, before the engine fills ids and validates it. */
export interface RawItem {
  element: Element;
  kind: ItemKind;
  id?: string;
  author?: string;
  authorUrl?: string;
  text: string;
  title?: string;
  rating?: number;
  ratingMax?: number;
  postedAt?: string;
  timeText?: string;
  permalink?: string;
  isOwnerReply?: boolean;
  parentId?: string;
}

/** Extra containers selectors cannot reach (e.g. walk up from an anchor). Merged with rule containers, deduplicated. */
export type FindContainers = (root: Document | Element, rule: ItemRule) => Element[];
/** Items that are not elements with fields (JSON-LD). */
export type FindExtraItems = (root: Document | Element, pageUrl: string) => RawItem[];

const hookSchema = <F>() => z.custom<F>((value) => typeof value === 'function', 'must be a function');

/** Named hooks for what selectors cannot say. Keep them small and rare. */
export const SiteHooksSchema = z.strictObject({
  findContainers: hookSchema<FindContainers>().optional(),
  findExtraItems: hookSchema<FindExtraItems>().optional(),
});
export type SiteHooks = z.infer<typeof SiteHooksSchema>;

/**
 * Page knowledge for one site, as data. The engine in lib/content runs it; the
 * adapter holds no behaviour except the named hooks.
 */
export const SiteAdapterSchema = z
  .strictObject({
    /** Slug used everywhere: file name, entrypoint, fixture folder, settings key. */
    id: SiteIdSchema,
    /** Human name shown in the UI (Settings, the panel). */
    name: z.string().min(1).max(80),
    /** Match patterns for the content script; empty for adapters recognised by markup. */
    matches: z.array(MatchPatternSchema).readonly(),
    /**
     * Paths (regular expressions on `location.pathname`) where items can appear. These sites
     * navigate in-app between paths, so the content script matches every path and idles (no
     * scan, no observer) where `only` does not match or `never` does; it wakes on an in-app
     * navigation to a path that can hold items. Absent: every path.
     */
    paths: z.strictObject({ only: z.array(RegExpSourceSchema).optional(), never: z.array(RegExpSourceSchema).optional() }).optional(),
    /** For markup-recognised adapters (WordPress, Blogger, Disqus, generic): does this page carry our markup? */
    detect: SelectorsSchema.optional(),
    items: z.array(ItemRuleSchema).readonly(),
    reply: ReplyRuleSchema.optional(),
    /**
     * Where the business answers when the public page has no reply box (review sites):
     * Insert copies the reply and says this instead of looking for a box.
     */
    repliesElsewhere: RepliesElsewhereSchema.optional(),
    /** Reply length and the site's name in replies; a site without one gets generic's. */
    replyLimit: ReplyLimitSchema.optional(),
    /** People here can be messaged directly: a reply offers the DM handle before email or phone. */
    directMessages: z.boolean().optional(),
    /** Elements whose presence means items should be there (drives the "adapter may be out of date" notice). */
    expectsItems: SelectorsSchema.optional(),
    hooks: SiteHooksSchema.optional(),
    /** Runs only where its page wires it by id (the demo page, an extension page): no match patterns, no detect. */
    wiredByPage: z.boolean().optional(),
  })
  .refine((site) => site.matches.length > 0 || site.detect !== undefined || site.wiredByPage === true, {
    message: 'an adapter needs match patterns or detect selectors',
  })
  .refine((site) => site.items.length > 0 || site.hooks?.findExtraItems !== undefined, {
    message: 'an adapter needs at least one item rule',
  });
export type SiteAdapter = z.infer<typeof SiteAdapterSchema>;

/** One item found on a live page, with its element so the engine can badge it and reach its reply box. */
export interface FoundItem {
  item: Item;
  element: Element;
}

/** Whether items can appear on this path of the adapter's site (its `paths`; every path without). */
export function pathCanHoldItems(adapter: Pick<SiteAdapter, 'paths'>, pathname: string): boolean {
  const paths = adapter.paths;
  if (!paths) return true;
  if (paths.only && !paths.only.some((source) => new RegExp(source).test(pathname))) return false;
  return !paths.never?.some((source) => new RegExp(source).test(pathname));
}
