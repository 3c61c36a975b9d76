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
}

export interface ReplyRule {
  /** The control that opens the reply box for an item, searched inside the item. */
  open?: Selectors;
  /** Text the open control shows (localised), when it has no other hook; matched on `openTextIn` inside the item. */
  openText?: readonly string[];
  /** Where to look for a control showing `openText` (default: buttons, links, role=button). */
  openTextIn?: Selectors;
  /** The editor, searched inside the item first, then in ever wider ancestors, then on the page. */
  box: Selectors;
  /**
   * The page holds other composers outside the items (X's new-post box on the home timeline):
   * a box found outside the item is not trusted; `open` is clicked and the box that appears
   * after the click is used; if none appears, the box found is used only when it comes after
   * the item (an inline reply box), never one before it (a new-post composer).
   */
  openFirst?: boolean;
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
