import { insertReply as insertIntoEditor, normaliseText, readBoxText, resolveEditable } from '@/lib/editors';
import type { InsertResult } from '@/lib/messaging/protocol';
import type { Item } from '@/lib/sites/item';
import type { ReplyRule, SiteAdapter } from '@/lib/sites/schema';
import { boxBelongsTo, findAllReplyBoxes, findReplyBox, hasPerItemReply, type ReplyTarget } from './extract';
import type { ItemTracker } from './item-tracker';
import { addressComposer, boxText, openOwnBox, REPLY_BOX_WAIT_MS } from './reply-box-opener';

/** Puts a reply into one tracked item's own reply box, never posting it. */
export type InsertForItem = (itemId: string, text: string) => Promise<InsertResult>;

/** Where the text will go, and what exactly is typed (with the person's mention where the site needs one). */
interface Destination {
  box: HTMLElement;
  payload: string;
  where: string;
}

/**
 * Insert for this page: finds the item's own box (opening it with the item's Reply control, or the
 * post's composer where the site replies there), types the reply, and reads the box back.
 */
export function createReplyInserter(adapter: SiteAdapter, tracker: ItemTracker, signal: AbortSignal): InsertForItem {
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

  /** The item's box, opened if need be; a failed result when there is none to type into. */
  const destinationFor = async (
    item: Item,
    element: Element,
    reply: ReplyRule,
    target: ReplyTarget,
    text: string,
  ): Promise<Destination | InsertResult> => {
    const whose = describeItem(item);
    let box = target.box;
    if (!box && (reply.movesOneForm || reply.place === 'composer')) {
      // One form for the whole page: Reply would carry another person's unposted reply under this item.
      for (const other of findAllReplyBoxes(document, adapter)) {
        const held = heldDraft(other, item.id);
        if (held) return failed(heldMessage(whose, held.whose, adapter.name));
      }
    }
    let where = `in the reply box under ${whose}`;
    let payload = text;
    if (reply.place === 'composer' && !target.composer) {
      return failed(`${adapter.name}'s comment box for this post is not there or cannot be typed in (comments may be limited).`);
    }
    if (!box && reply.place === 'composer' && target.composer) {
      // One comment box per post: the site's Reply puts the person's @mention in it.
      box = target.composer;
      const mention = mentionFor(item, reply.mention ?? 'handle');
      if (target.open && mention && !boxText(box).includes(mention)) {
        if (!(await addressComposer(target.open, box, mention, signal))) {
          return failed(`${adapter.name}'s Reply for ${whose} is a link that would leave the page; nothing was typed.`);
        }
      }
      if (mention && !boxText(box).includes(mention)) payload = `${mention} ${text}`;
      where = `in the post's comment box, addressed to ${mention ?? whose} (${adapter.name} has one comment box per post)`;
    } else if (!box && target.open) {
      // The item's own Reply control opens its own box; no other box is ever taken for it.
      const opened = await openOwnBox(target.open, () => findReplyBox(element, adapter, document, tracker.tree()).box, signal);
      if ('failure' in opened) {
        return failed(
          opened.failure === 'left-page'
            ? `${adapter.name}'s Reply under ${whose} is a link the page did not handle (it would reload the page), so no box opened.`
            : `Reply under ${whose} did not open a reply box within ${REPLY_BOX_WAIT_MS / 1000} s.`,
        );
      }
      box = opened.box;
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
      return failed(
        `There is no reply box for ${whose} on this page, and no Reply control under it (comments may be closed, or need you to sign in).`,
      );
    }
    const held = heldDraft(box, item.id);
    if (held) return failed(heldMessage(whose, held.whose, adapter.name));
    return { box, payload, where };
  };

  return async (itemId, text) => {
    const record = tracker.connected(itemId);
    if (!record) return { ok: false, message: 'That item is no longer on this page. Scroll to it or reload.' };
    const { item, element } = record;
    const reply = adapter.reply;
    const target = reply ? findReplyBox(element, adapter, document, tracker.tree()) : {};
    const elsewhere = adapter.repliesElsewhere;
    if (elsewhere && (!elsewhere.unlessBoxOnPage || (!target.open && !target.box))) {
      // Nothing to type into on the public page: the panel copies the reply and says where it goes.
      return {
        ok: false,
        repliesElsewhere: true,
        copiedToClipboard: false,
        message: `${adapter.name} replies are written ${elsewhere.where}.`,
      };
    }
    if (!reply) return { ok: false, message: `${adapter.name} has no reply box Replybook can reach.` };

    const destination = await destinationFor(item, element, reply, target, text);
    if (!('box' in destination)) return destination;
    const { box, payload, where } = destination;
    box.scrollIntoView({ block: 'center' });
    const outcome = await insertIntoEditor(box, payload, { editor: reply.editor });
    if (!outcome.ok)
      return { ok: false, strategy: outcome.strategy, message: outcome.message, copiedToClipboard: outcome.copiedToClipboard };
    // Read the box back: it must still be this item's and show the reply.
    const editable = resolveEditable(box);
    const stillOurs = box.isConnected && (box === target.composer || boxBelongsTo(box, element, reply, tracker.tree()));
    const whose = describeItem(item);
    if (!editable || !stillOurs || !normaliseText(readBoxText(editable)).includes(normaliseText(payload))) {
      return {
        ok: false,
        message: `The reply was typed, but reading the box back under ${whose} did not show it. Check the page before posting.`,
      };
    }
    typedInto.set(editable, { itemId, whose, text: payload });
    return { ok: true, strategy: outcome.strategy, message: outcome.message, where };
  };
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
