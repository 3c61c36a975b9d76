import type { EditorKind, Item, ItemKind } from './item';

/**
 * An ordered list of CSS selectors: the first that matches wins.
 *
 * Field selectors (author, text, time, ...) are run inside the item. Two
 * small extensions, handled by lib/content/query.ts:
 * - `:scope` alone means the item element itself;
 * - a trailing `@attr` reads that attribute instead of the text
 *   (`:scope@author`, `a.user@href`).
 */
export type Selectors = readonly string[];

/**
 * Page knowledge for one site, as data. The engine in lib/content runs it; the
 * adapter holds no behaviour except the named hooks below.
 */
export interface SiteAdapter {
  /** Slug used everywhere: file name, entrypoint, fixture folder, settings key. */
  id: string;
  /** Human name shown in the UI. */
  name: string;
  /** Match patterns for the content script; empty for adapters recognised by markup. */
  matches: readonly string[];
  /** For markup-recognised adapters (WordPress, Blogger, Disqus, generic): does this page carry our markup? */
  detect?: Selectors;
  items: readonly ItemRule[];
  reply?: ReplyRule;
  /** Elements whose presence means items should be there (drives the "adapter may be out of date" notice). */
  expectsItems?: Selectors;
  /** Named hooks for what selectors cannot say. Keep them small and rare. */
  hooks?: SiteHooks;
  /**
   * Where the business answers when the public page has no reply box (review sites):
   * Insert copies the reply and says this instead of looking for a box.
   */
  repliesElsewhere?: RepliesElsewhere;
}

export interface RepliesElsewhere {
  /** Completes "<site> replies are written …": "in your Trustpilot business account". */
  where: string;
  /** The owner tools' address, shown as a link. */
  url?: string;
  /**
   * Only when this page shows no reply control or box for the item (Google Maps: the owner,
   * signed in, gets a Reply button on the public page; everyone else answers in the Business Profile).
   */
  unlessBoxOnPage?: boolean;
}

/**
 * Where the box an item's Reply control opens appears, relative to that item:
 * - `inside`: in the item's own subtree (not in a nested item's): WordPress, Disqus, Reddit, YouTube, LinkedIn;
 * - `after`: after the item, before the next item outside its thread (Facebook: under the comment's replies);
 * - `dialog`: in a dialog (`ReplyRule.dialog`) that links to the item's author (X's reply dialog);
 * - `composer`: the post's single comment box, which Reply prefills with an @mention (Instagram).
 */
export type BoxPlace = 'inside' | 'after' | 'dialog' | 'composer';

export interface ReplyRule {
  /**
   * The item's own Reply control, searched inside the item (never inside its text or a nested
   * item: a commenter-written link labelled "Reply" is not a control). Never a Post/Send button.
   */
  open?: Selectors;
  /** Text the open control shows (localised), when it has no other hook; matched on `openTextIn` inside the item. */
  openText?: readonly string[];
  /** Where to look for a control showing `openText` (default: buttons, links, role=button). */
  openTextIn?: Selectors;
  /** Every editor a person could type a reply or comment into; `place` decides which item one belongs to. */
  box: Selectors;
  /** Where the box Reply opens sits, relative to its item. */
  place: BoxPlace;
  /** For `place: 'dialog'`: the dialog holding the reply box. */
  dialog?: Selectors;
  /**
   * The post-level composer (writes a new top-level comment). Used only for the post itself, or
   * for a site with no per-comment reply; never taken for a comment's reply box.
   */
  postComposer?: Selectors;
  /**
   * The page has one reply form that Reply moves under the comment (WordPress comment-reply.js,
   * Blogger): it holds one unposted reply at a time.
   */
  movesOneForm?: boolean;
  /** How the site addresses a person in a shared composer: `@handle` (Instagram, X) or their name (Facebook). */
  mention?: 'handle' | 'name';
  editor: EditorKind;
}

export interface ItemRule {
  kind: ItemKind;
  container: Selectors;
  /** Containers matching any of these are dropped (e.g. a "write a review" widget that looks like a review). */
  excludeContainer?: Selectors;
  author?: Selectors;
  authorUrl?: Selectors;
  text?: Selectors;
  /** Elements inside the text to leave out ("See more" buttons, owner responses nested in the body). */
  textSkip?: Selectors;
  /** The site renders text with `white-space: pre-wrap`: line breaks in text nodes are real. */
  preLine?: boolean;
  title?: Selectors;
  time?: Selectors;
  rating?: Selectors;
  /** The site's scale when it is not 5. */
  ratingMax?: number;
  permalink?: Selectors;
  /** Where the site's own id is (same mini-syntax: `:scope@data-review-id`). */
  id?: Selectors;
  /** Kind given to items of this rule that sit inside another found item of the same kind (nested replies). */
  nestedKind?: ItemKind;
  /**
   * For sites that put replies beside, not inside, the comment they answer
   * (YouTube threads): the reply's nearest `ancestor` holds the parent as `item`.
   */
  threadParent?: { ancestor: string; item: string };
  /** A regular expression with one group that cuts the author out of a longer label ("post by (.+)"). */
  authorPattern?: string;
  /** Items of this rule are the business's own replies (marks the item they sit in as answered). */
  isOwnerReply?: boolean;
  /** The business's reply shown inside the item: found as its own item (isOwnerReply) and marks the parent answered. */
  ownerReply?: OwnerReplyRule;
  /** How the site marks the owner's own comments among ordinary ones (they become owner replies). */
  ownerMarker?: OwnerMarker;
}

/** Any one of these makes an item the page owner's (or post author's) own. */
export interface OwnerMarker {
  /** A badge inside the item (`sel:scope` for a class on the item itself: WordPress `bypostauthor`). */
  badge?: Selectors;
  /** The badge must show one of these texts (localised), when the same badge also shows others ("Top fan"). */
  badgeText?: readonly string[];
  /** Where the page names the post's author (`shreddit-post@author`): an item by that author is the owner's. */
  postAuthor?: Selectors;
}

export interface OwnerReplyRule {
  container: Selectors;
  author?: Selectors;
  text: Selectors;
  time?: Selectors;
}

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

export interface SiteHooks {
  /** Extra containers selectors cannot reach (e.g. walk up from an anchor). Merged with rule containers, deduplicated. */
  findContainers?: (root: Document | Element, rule: ItemRule) => Element[];
  /** Items that are not elements with fields (JSON-LD). */
  findExtraItems?: (root: Document | Element, pageUrl: string) => RawItem[];
}

/** One item found on a live page, with its element so the engine can badge it and reach its reply box. */
export interface FoundItem {
  item: Item;
  element: Element;
}
