import type { EditorKind, Item, ItemKind } from './item';

/** An ordered list of CSS selectors: the first that matches wins. */
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
  /** Hostname test for the extract CLI and the registry (match patterns stay the source of truth). */
  hosts?: readonly string[];
  /** For markup-recognised adapters (WordPress, Blogger, Disqus, generic): does this page carry our markup? */
  detect?: Selectors;
  items: readonly ItemRule[];
  reply?: {
    /** The control that opens the reply box for an item, searched inside the item. */
    open?: Selectors;
    /** Text the open control shows (localised), when it has no other hook. */
    openText?: readonly string[];
    /** The editor, searched near the item first, then on the page. */
    box: Selectors;
    editor: EditorKind;
  };
  /** Elements whose presence means items should be there (drives the "adapter may be out of date" notice). */
  expectsItems?: Selectors;
}

export interface ItemRule {
  kind: ItemKind;
  container: Selectors;
  author?: Selectors;
  authorUrl?: Selectors;
  text?: Selectors;
  title?: Selectors;
  time?: Selectors;
  rating?: Selectors;
  permalink?: Selectors;
  /** Attribute of the container that holds the site's own id. */
  idAttribute?: string;
  /** Selector whose presence inside (or on) the container marks a business reply. */
  ownerReply?: Selectors;
}

/** One item found on a live page, with its element so the engine can badge it and reach its reply box. */
export interface FoundItem {
  item: Item;
  element: Element;
}
