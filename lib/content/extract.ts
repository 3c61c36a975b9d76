// Interim engine for the demo adapter; replaced by the full engine from the sites work.
import { ItemSchema, type Item } from '@/lib/sites/item';
import type { FoundItem, SiteAdapter } from '@/lib/sites/types';

function first(root: Element, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    const found = root.matches(selector) ? root : root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function findItems(root: Document | Element, adapter: SiteAdapter, pageUrl: string): FoundItem[] {
  const found: FoundItem[] = [];
  for (const rule of adapter.items) {
    for (const selector of rule.container) {
      for (const element of Array.from(root.querySelectorAll(selector))) {
        const text = first(element, rule.text)?.textContent?.trim() ?? '';
        const authorEl = first(element, rule.author);
        const candidate: Partial<Item> = {
          id: (rule.idAttribute && element.getAttribute(rule.idAttribute)) || `${adapter.id}:${found.length}`,
          site: adapter.id,
          kind: rule.kind,
          text,
          isOwnerReply: Boolean(first(element, rule.ownerReply)),
        };
        if (authorEl?.textContent) candidate.author = authorEl.textContent.trim();
        const ratingValue = first(element, rule.rating)?.getAttribute('data-rating');
        if (ratingValue) candidate.rating = Number(ratingValue);
        const time = first(element, rule.time)?.getAttribute('datetime');
        if (time) candidate.postedAt = time;
        if (adapter.reply) candidate.reply = { editor: adapter.reply.editor, available: true };
        const parsed = ItemSchema.safeParse(candidate);
        if (parsed.success) found.push({ item: parsed.data, element });
      }
      if (found.length) break;
    }
  }
  void pageUrl;
  return found;
}

export function findReplyBox(itemElement: Element, adapter: SiteAdapter, doc: Document) {
  const open = adapter.reply?.open ? (first(itemElement, adapter.reply.open) as HTMLElement | null) : null;
  const box = (first(itemElement, adapter.reply?.box) ?? first(doc.documentElement, adapter.reply?.box)) as HTMLElement | null;
  return { open: open ?? undefined, box: box ?? undefined };
}

export function diagnose(doc: Document, adapter: SiteAdapter, found: FoundItem[]) {
  const expected = (adapter.expectsItems ?? []).some((s) => doc.querySelector(s));
  return {
    suspectOutdated: expected && found.length === 0,
    failedSelectors: expected && found.length === 0 ? adapter.items.flatMap((r) => [...r.container]) : [],
  };
}
