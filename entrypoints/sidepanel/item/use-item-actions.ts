import { useState } from 'react';
import type { Tone } from '@/lib/classifier/labels';
import { sendMessage } from '@/lib/messaging/protocol';
import { asLabelled, type PanelItem } from '@/lib/panel/status';
import type { ResponseAction } from '@/lib/storage/db';
import { forgetDraft } from '../saved-draft';
import { usePanelStore } from '../store';

const DAY_MS = 86_400_000;

/**
 * What the user can do with an item: Insert (write-ahead, through the background), Copy,
 * Mark answered, Ignore, correct the tone. Every one is written to the log by the background;
 * the panel only asks and says what happened.
 */
export function useItemActions({
  item,
  tabId,
  pageUrl,
  playbookId,
  blocked,
  followUpDays,
}: {
  item: PanelItem;
  tabId: number;
  pageUrl: string;
  playbookId: string;
  blocked: boolean;
  /** Days until the follow-up, or undefined for none. */
  followUpDays: number | undefined;
}) {
  const draft = usePanelStore((s) => s.draft);
  const templateId = usePanelStore((s) => s.templateId);
  const setStatus = usePanelStore((s) => s.setStatus);
  const [busy, setBusy] = useState(false);

  // The log keeps the classifier's labels; it applies the correction itself (lib/storage/writes.ts).
  const responseFor = (action: ResponseAction, replyText: string) => {
    const { labels, ...pageItem } = asLabelled(item);
    return {
      item: pageItem,
      labels,
      pageUrl,
      playbookId,
      templateId,
      replyText,
      action,
      followUpAt: followUpDays !== undefined && action !== 'ignored' ? Date.now() + followUpDays * DAY_MS : undefined,
    };
  };

  const log = async (action: ResponseAction, replyText: string) => {
    const outcome = await sendMessage('logResponse', { response: responseFor(action, replyText) });
    if (!outcome.ok) throw new Error(outcome.message);
    void forgetDraft(item.id);
  };

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const insert = () =>
    run(async () => {
      if (!draft.trim() || blocked) return;
      // Write-ahead: the background records the intent before the text goes to the page and
      // logs it once the page took it, whether or not this panel is still open by then.
      const id = crypto.randomUUID();
      let answer: Awaited<ReturnType<typeof sendMessage<'insertAndLog'>>>;
      try {
        answer = await sendMessage('insertAndLog', {
          id,
          tabId,
          pageUrl,
          itemId: item.id,
          text: draft,
          response: responseFor('inserted', draft),
        });
      } catch (error) {
        // The answer was lost (the worker stopped mid-way): log the intent now if it is still pending.
        const recovered = await sendMessage('recoverInsert', { id }).then(
          (r) => r.logged,
          () => false,
        );
        setStatus({
          kind: 'error',
          text: recovered
            ? "Replybook was interrupted while inserting. The reply is logged; check the page's reply box before posting."
            : `Could not insert: ${error instanceof Error ? error.message : String(error)}`,
        });
        return;
      }
      const outcome = answer.result;
      if (outcome.ok) {
        if (answer.logged && !answer.logged.ok) throw new Error(answer.logged.message);
        void forgetDraft(item.id);
        // `where` was read back from the box on the page: say exactly where the text went.
        const where = outcome.where ?? "in the page's reply box";
        setStatus({ kind: 'ok', text: `Inserted ${where}. Check it, then press the site's Post button.` });
      } else if (outcome.repliesElsewhere) {
        // No public reply box on this site: the panel has the click, so it copies; logged as copied with the item's link.
        const copied = await navigator.clipboard.writeText(draft).then(
          () => true,
          () => false,
        );
        if (copied) await log('copied', draft);
        setStatus({
          kind: copied ? 'ok' : 'error',
          text: copied ? `Copied: ${outcome.message} Paste it there.` : `${outcome.message} Copy the reply from the box above.`,
        });
      } else {
        // The page could not take it; the panel has the user's click, so it can copy.
        const copied =
          outcome.copiedToClipboard ||
          (await navigator.clipboard.writeText(draft).then(
            () => true,
            () => false,
          ));
        if (copied) await log('copied', draft);
        setStatus({
          kind: copied ? 'info' : 'error',
          text: copied ? `${outcome.message} The reply is on your clipboard: paste it into the reply box.` : outcome.message,
        });
      }
    });

  const copy = () =>
    run(async () => {
      if (!draft.trim() || blocked) return;
      await navigator.clipboard.writeText(draft);
      await log('copied', draft);
      setStatus({ kind: 'ok', text: 'Copied. Paste it into the reply box on the page.' });
    });

  const markAnswered = () =>
    run(async () => {
      await log('answered', draft);
      setStatus({ kind: 'ok', text: 'Marked as answered and logged.' });
    });

  const ignore = () =>
    run(async () => {
      await log('ignored', '');
      setStatus({ kind: 'ok', text: 'Logged as ignored. Nothing was posted.' });
    });

  const correctTone = (value: string) =>
    run(async () => {
      const outcome = await sendMessage('correctTone', { itemId: item.id, tone: value === '' ? null : (value as Tone) });
      if (!outcome.ok) throw new Error(outcome.message);
      setStatus({
        kind: 'ok',
        text: value ? `Tone corrected to ${value}. Replybook will remember it for this item.` : 'Correction removed.',
      });
    });

  return { busy, insert, copy, markAnswered, ignore, correctTone };
}
