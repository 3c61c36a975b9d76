import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { usePanelStore } from './store';

/**
 * The draft of each item is kept in storage.session (extension pages only; cleared when
 * the browser closes), so closing the panel mid-reply loses nothing: reopening the item
 * brings the draft back. It is forgotten once the reply is logged.
 */
const SavedDraftSchema = z.object({
  text: z.string().max(100_000),
  templateId: z.string().max(200).optional(),
  pickedIndex: z.number().int().min(1).max(3).optional(),
});

export const draftKey = (itemId: string) => `draft:${itemId}`;
const SAVE_DELAY_MS = 250;

export async function forgetDraft(itemId: string): Promise<void> {
  await browser.storage.session.remove(draftKey(itemId)).catch(() => undefined);
}

export function useSavedDraft(itemId: string): void {
  const [restored, setRestored] = useState(false);
  const draft = usePanelStore((s) => s.draft);
  const templateId = usePanelStore((s) => s.templateId);
  const pickedIndex = usePanelStore((s) => s.pickedIndex);

  useEffect(() => {
    let live = true;
    setRestored(false);
    const key = draftKey(itemId);
    void browser.storage.session
      .get(key)
      .then((got) => {
        const saved = SavedDraftSchema.safeParse(got[key]);
        // What the user typed since opening wins over the saved copy.
        if (live && saved.success && !usePanelStore.getState().draft) {
          usePanelStore.setState({ draft: saved.data.text, templateId: saved.data.templateId, pickedIndex: saved.data.pickedIndex });
        }
      })
      .catch(() => undefined)
      .finally(() => live && setRestored(true));
    return () => {
      live = false;
    };
  }, [itemId]);

  useEffect(() => {
    if (!restored) return;
    const timer = setTimeout(() => {
      const key = draftKey(itemId);
      const write = draft.trim()
        ? browser.storage.session.set({
            [key]: { text: draft, ...(templateId ? { templateId } : {}), ...(pickedIndex ? { pickedIndex } : {}) },
          })
        : browser.storage.session.remove(key);
      void write.catch(() => undefined);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [restored, itemId, draft, templateId, pickedIndex]);
}
