import { useEffect } from 'react';
import type { LabelledItem } from '@/lib/messaging/protocol';
import { sendToPage } from '@/lib/messaging/to-page';
import { usePanelStore } from './store';

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** j/k (or arrows) move through the list and scroll the page to the item; Esc goes back. */
export function usePanelKeys(visible: LabelledItem[], tabId: number | undefined, pageUrl: string | undefined) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey || event.ctrlKey) return;
      if (isTyping(event.target)) {
        if (event.key === 'Escape') (event.target as HTMLElement).blur();
        return;
      }
      const { selectedId, select } = usePanelStore.getState();
      const index = visible.findIndex((i) => i.id === selectedId);
      let next: LabelledItem | undefined;
      if (event.key === 'j' || event.key === 'ArrowDown') next = visible[Math.min(index + 1, visible.length - 1)];
      else if (event.key === 'k' || event.key === 'ArrowUp') next = visible[Math.max(index - 1, 0)];
      else if (event.key === 'Escape') return select(undefined);
      else return;
      event.preventDefault();
      if (!next) return;
      select(next.id);
      if (tabId !== undefined && pageUrl) void sendToPage(tabId, pageUrl, 'focusItem', { itemId: next.id }).catch(() => undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [visible, tabId, pageUrl]);
}
