import type { Labels } from '@/lib/classifier/labels';
import { clickReplyControl, insertReply as insertIntoEditor, normaliseText, readBoxText, resolveEditable, waitForDom } from '@/lib/editors';
import { onValidatedMessage, sendMessage, type InsertResult } from '@/lib/messaging/protocol';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Item } from '@/lib/sites/item';
import type { FoundItem, SiteAdapter } from '@/lib/sites/types';
import { createBadge, type Badge } from './badges';
import { boxBelongsTo, diagnose, findAllReplyBoxes, findItems, findReplyBox, hasPerItemReply, itemTreeOf } from './extract';

/** The part of WXT's ContentScriptContext the engine needs; the demo page passes its own. */
export interface RunContext {
  signal: AbortSignal;
  addEventListener?: (target: Window, type: 'wxt:locationchange', handler: () => void) => void;
}

export interface RunOptions {
  /** Set on extension pages (the demo): messages for other tabs are left to them. */
  ownTabId?: number;
}

interface Tracked {
  item: Item;
  element: Element;
  badge?: Badge;
  labels?: Labels;
}

const IDLE_TIMEOUT_MS = 200;
const REPLY_BOX_WAIT_MS = 3000;
/** How long a site gets to prefill its composer after Reply (Instagram's @mention). */
const SETTLE_MS = 600;

/**
 * Runs one site adapter on a live page: scans, follows mutations (batched,
 * idle-scheduled) and single-page navigations, draws one badge per item, reports
 * items to the background, and answers "insert this reply into item X".
 * Everything hangs off ctx.signal and is torn down when it aborts.
 */
export function runSite(ctx: RunContext, adapter: SiteAdapter, options: RunOptions = {}): void {
  // Guard against double injection (a runtime-registered script injected twice).
  const guard = `__replybook_${adapter.id}`;
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[guard]) return;
  scope[guard] = true;
  ctx.signal.addEventListener('abort', () => delete scope[guard]);
  // A site the user turned off in Settings gets no badges and no scans.
  void isSiteTurnedOff(adapter.id).then((off) => {
    if (!ctx.signal.aborted && !off) startEngine(ctx, adapter, options);
  });
}

// Only the on/off switches, from the copy lib/settings publishes for content scripts
// (the settings themselves are in IndexedDB, out of their reach). Unreadable means "on".
const SiteSwitchesSchema = z.object({ sites: z.record(z.string(), z.boolean()) });

async function isSiteTurnedOff(siteId: string): Promise<boolean> {
  try {
    const stored = (await browser.storage.local.get('siteSwitches')).siteSwitches;
    const parsed = SiteSwitchesSchema.safeParse(stored);
    return parsed.success && parsed.data.sites[siteId] === false;
  } catch {
    return false;
  }
}

function startEngine(ctx: RunContext, adapter: SiteAdapter, options: RunOptions): void {

  const tracked = new Map<string, Tracked>();
  const elementIds = new WeakMap<Element, string>();
  let isFreshPage = true;
  let scanScheduled = false;

  const scan = () => {
    scanScheduled = false;
    if (ctx.signal.aborted) return;
    const found = findItems(document, adapter, location.href);
    const fresh: FoundItem[] = [];
    for (const entry of found) {
      const known = tracked.get(entry.item.id);
      if (known && known.element === entry.element && elementIds.get(entry.element) === entry.item.id) continue;
      if (known) {
        // The site re-rendered this item: move its badge to the new element.
        known.badge?.remove();
        known.element = entry.element;
        known.item = entry.item;
        known.badge = drawBadge(entry, known.labels);
        elementIds.set(entry.element, entry.item.id);
        continue;
      }
      const record: Tracked = { item: entry.item, element: entry.element };
      record.badge = drawBadge(entry);
      tracked.set(entry.item.id, record);
      elementIds.set(entry.element, entry.item.id);
      fresh.push(entry);
    }
    const replace = isFreshPage;
    isFreshPage = false;
    if (!replace && fresh.length === 0) return;
    const items = replace ? [...tracked.values()].map((t) => t.item) : fresh.map((f) => f.item);
    void report(items, replace, found);
  };

  const report = async (items: Item[], replace: boolean, found: FoundItem[]) => {
    try {
      const { labels } = await sendMessage('itemsFound', {
        pageUrl: location.href,
        siteId: adapter.id,
        siteName: adapter.name,
        items,
        replace,
        diagnostics: diagnose(document, adapter, found),
      });
      for (const [id, itemLabels] of Object.entries(labels ?? {})) {
        const record = tracked.get(id);
        if (!record) continue;
        record.labels = itemLabels;
        paintBadge(record);
      }
    } catch (error) {
      // The extension was reloaded or the background is unreachable: badges stay "pending".
      console.debug('[replybook] could not report items', error);
    }
  };

  const drawBadge = (entry: FoundItem, labels?: Labels): Badge | undefined => {
    if (entry.item.isOwnerReply) return undefined;
    const badge = createBadge(() => {
      void sendMessage('openPanel', { itemId: entry.item.id }).catch(() => undefined);
    });
    // After the item's first child (usually its header line), else at its start.
    const anchor = entry.element.firstElementChild;
    if (anchor) anchor.after(badge.host);
    else entry.element.prepend(badge.host);
    const record: Tracked = { item: entry.item, element: entry.element, badge, labels };
    paintBadge(record);
    return badge;
  };

  const paintBadge = (record: Tracked) => {
    if (!record.badge) return;
    if (!record.labels) return record.badge.setTone('pending');
    const why = record.labels.reasons.slice(0, 2).join('; ');
    record.badge.setTone(record.labels.tone, record.item.hasOwnerReply ? `answered. ${why}` : why);
  };

  const scheduleScan = () => {
    if (scanScheduled || ctx.signal.aborted) return;
    scanScheduled = true;
    if ('requestIdleCallback' in window) window.requestIdleCallback(scan, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(scan, 50);
  };

  const observer = new MutationObserver((mutations) => {
    // Our own badges are the only nodes we add; ignore bursts made only of them.
    const onlyOurs = mutations.every((m) =>
      Array.from(m.addedNodes).every((n) => n instanceof Element && n.localName === 'replybook-badge'),
    );
    if (!onlyOurs) scheduleScan();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  const resetForNavigation = () => {
    for (const record of tracked.values()) record.badge?.remove();
    tracked.clear();
    isFreshPage = true;
    scheduleScan();
  };
  ctx.addEventListener?.(window, 'wxt:locationchange', resetForNavigation);

  const forThisTab = <T>(tabId: number | undefined, run: () => Promise<T> | T): Promise<T> | T => {
    // On extension pages every open page hears runtime messages: answer only our own.
    if (options.ownTabId !== undefined && tabId !== undefined && tabId !== options.ownTabId) {
      return new Promise<T>(() => undefined);
    }
    return run();
  };

  const removeInsert = onValidatedMessage('insertReply', (data) =>
    forThisTab(data.tabId, () => insertForItem(data.itemId, data.text)),
  );
  const removeFocus = onValidatedMessage('focusItem', (data) =>
    forThisTab(data.tabId, () => {
      const record = tracked.get(data.itemId);
      if (!record || !record.element.isConnected) return { ok: false };
      record.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const target = record.element as HTMLElement;
      const previous = target.style.outline;
      target.style.outline = '3px solid #2b5cab';
      setTimeout(() => (target.style.outline = previous), 1500);
      return { ok: true };
    }),
  );

  // What Replybook last typed into each box, and for whom: a site that moves one form between
  // comments (WordPress) or has one composer per post (Instagram) must not carry one person's
  // unposted reply into another's.
  const typedInto = new WeakMap<Element, { itemId: string; whose: string; text: string }>();
  const heldDraft = (box: HTMLElement, itemId: string) => {
    const editable = resolveEditable(box);
    const typed = editable ? typedInto.get(editable) : undefined;
    if (!editable || !typed || typed.itemId === itemId) return undefined;
    return normaliseText(readBoxText(editable)).includes(normaliseText(typed.text)) ? typed : undefined;
  };

  const insertForItem = async (itemId: string, text: string): Promise<InsertResult> => {
    const record = tracked.get(itemId);
    if (!record || !record.element.isConnected) return { ok: false, message: 'That item is no longer on this page. Scroll to it or reload.' };
    const { item, element } = record;
    const whose = describeItem(item);
    const reply = adapter.reply;
    const tree = () => itemTreeOf([...tracked.values()]);
    const target = reply ? findReplyBox(element, adapter, document, tree()) : {};
    const elsewhere = adapter.repliesElsewhere;
    if (elsewhere && (!elsewhere.unlessBoxOnPage || (!target.open && !target.box))) {
      // Nothing to type into on the public page: the panel copies the reply and says where it goes.
      return { ok: false, repliesElsewhere: true, copiedToClipboard: false, message: `${adapter.name} replies are written ${elsewhere.where}.` };
    }
    if (!reply) return { ok: false, message: `${adapter.name} has no reply box Replybook can reach.` };

    let box = target.box;
    if (!box && (reply.movesOneForm || reply.place === 'composer')) {
      // One form for the whole page: Reply would carry another person's unposted reply under this item.
      for (const other of findAllReplyBoxes(document, adapter)) {
        const held = heldDraft(other, itemId);
        if (held) return failed(heldMessage(whose, held.whose, adapter.name));
      }
    }
    let where = `in the reply box under ${whose}`;
    let payload = text;
    const ownBox = () => findReplyBox(element, adapter, document, tree()).box;
    if (reply.place === 'composer' && !target.composer) {
      return failed(`${adapter.name}'s comment box for this post is not there or cannot be typed in (comments may be limited).`);
    }
    if (!box && reply.place === 'composer' && target.composer) {
      // One comment box per post: the site's Reply puts the person's @mention in it.
      box = target.composer;
      const mention = mentionFor(item, reply.mention ?? 'handle');
      if (target.open && mention && !boxText(box).includes(mention)) {
        if (clickReplyControl(target.open).followedLink) return failed(`${adapter.name}'s Reply for ${whose} is a link that would leave the page; nothing was typed.`);
        const composer = box;
        await waitForDom(() => (boxText(composer).includes(mention) ? true : undefined), SETTLE_MS, ctx.signal);
      }
      if (mention && !boxText(box).includes(mention)) payload = `${mention} ${text}`;
      where = `in the post's comment box, addressed to ${mention ?? whose} (${adapter.name} has one comment box per post)`;
    } else if (!box && target.open) {
      // The item's own Reply control opens its own box; no other box is ever taken for it.
      if (clickReplyControl(target.open).followedLink) {
        return failed(`${adapter.name}'s Reply under ${whose} is a link the page did not handle (it would reload the page), so no box opened.`);
      }
      box = await waitForDom(ownBox, REPLY_BOX_WAIT_MS, ctx.signal);
      if (!box) return failed(`Reply under ${whose} did not open a reply box within ${REPLY_BOX_WAIT_MS / 1000} s.`);
    } else if (!box && target.composer && (item.kind === 'post' || !hasPerItemReply(reply))) {
      // The post itself, or a site without per-comment replies: the post's composer, which writes
      // a new comment; the person is named as the site would.
      box = target.composer;
      if (item.kind === 'post') where = `in the comment box under ${whose}`;
      else {
        const mention = mentionFor(item, reply.mention ?? 'name');
        if (mention && !boxText(box).includes(mention)) payload = `${mention} ${text}`;
        where = `in the post's comment box, as a new comment addressed to ${mention ?? whose} (${adapter.name} has no reply under a comment here)`;
      }
    }
    if (!box) {
      return failed(`There is no reply box for ${whose} on this page, and no Reply control under it (comments may be closed, or need you to sign in).`);
    }
    const held = heldDraft(box, itemId);
    if (held) return failed(heldMessage(whose, held.whose, adapter.name));
    box.scrollIntoView({ block: 'center' });
    const outcome = await insertIntoEditor(box, payload, { editor: reply.editor });
    if (!outcome.ok) return { ok: false, strategy: outcome.strategy, message: outcome.message, copiedToClipboard: outcome.copiedToClipboard };
    // Read the box back: it must still be this item's and show the reply.
    const editable = resolveEditable(box);
    const stillOurs = box.isConnected && (box === target.composer || boxBelongsTo(box, element, reply, tree()));
    if (!editable || !stillOurs || !normaliseText(readBoxText(editable)).includes(normaliseText(payload))) {
      return { ok: false, message: `The reply was typed, but reading the box back under ${whose} did not show it. Check the page before posting.` };
    }
    typedInto.set(editable, { itemId, whose, text: payload });
    return { ok: true, strategy: outcome.strategy, message: outcome.message, where };
  };

  scan();

  ctx.signal.addEventListener('abort', () => {
    observer.disconnect();
    removeInsert();
    removeFocus();
    for (const record of tracked.values()) record.badge?.remove();
    tracked.clear();
  });
}

/** A box's text now (a field's value, else its rendered text). */
function boxText(box: HTMLElement): string {
  const editable = resolveEditable(box);
  return editable ? readBoxText(editable) : '';
}

function heldMessage(whose: string, other: string, siteName: string): string {
  return `The reply box still holds your unposted reply to ${other} (${siteName} has one box for both). Post or clear it first, then insert the reply to ${whose}; nothing was typed.`;
}

function failed(message: string): InsertResult {
  // The panel has the user's click, so it copies the reply (see ItemDetail).
  return { ok: false, message, copiedToClipboard: false };
}

const KIND_WORDS: Record<Item['kind'], string> = { post: 'post', comment: 'comment', reply: 'reply', review: 'review' };

/** "Pappu Das's comment", "@jordan_k's post", "this review". */
export function describeItem(item: Pick<Item, 'author' | 'kind'>): string {
  const kind = KIND_WORDS[item.kind];
  if (!item.author) return `this ${kind}`;
  return `${item.author}'s ${kind}`;
}

/** How the site names a person at the start of a reply: `@handle` (from the profile link) or their name. */
export function mentionFor(item: Pick<Item, 'author' | 'authorUrl'>, style: 'handle' | 'name'): string | undefined {
  if (style === 'name') return item.author || undefined;
  if (item.author?.startsWith('@')) return item.author.split(/\s/)[0];
  if (item.authorUrl) {
    const segment = new URL(item.authorUrl).pathname.split('/').filter(Boolean)[0];
    if (segment && /^@?[\w.]{1,64}$/.test(segment)) return segment.startsWith('@') ? segment : `@${segment}`;
  }
  return item.author && /^[\w.]{1,64}$/.test(item.author) ? `@${item.author}` : undefined;
}
