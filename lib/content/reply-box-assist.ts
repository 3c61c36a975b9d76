import { isWritable, readBoxText, replaceText, resolveEditable } from '@/lib/editors';
import { isTextField } from '@/lib/editors/detect';
import { sendMessage } from '@/lib/messaging/protocol';
import type { SiteAdapter } from '@/lib/sites/schema';
import { matchShortcut } from '@/lib/shortcuts/match';
import { findAllReplyBoxes, itemElementForBox } from './extract';
import type { ItemTracker, TrackedItem } from './item-tracker';
import { createReplyChip, type ReplyChip } from './reply-chip';
import { mentionFor } from './reply-inserter';
import type { RunContext } from './run-site';

/** The draft is checked once typing pauses this long. */
const CHECK_PAUSE_MS = 350;
/** The Settings answer is asked again after this long (a change in Settings reaches the next focus). */
const SETUP_TTL_MS = 2_000;

interface ActiveBox {
  /** The site's box as its selectors name it, and the element that takes the text. */
  box: HTMLElement;
  editable: HTMLElement;
  item?: TrackedItem;
}

/** The text before the caret that a shortcut can end in: a field's value, or the caret's text node. */
function textBeforeCaret(editable: HTMLElement): string {
  if (isTextField(editable)) return editable.value.slice(0, editable.selectionEnd ?? editable.value.length);
  const selection = editable.ownerDocument.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node || node.nodeType !== Node.TEXT_NODE || !editable.contains(node)) return '';
  return (node as Text).data.slice(0, selection.focusOffset);
}

/**
 * Replybook in the site's own reply box (issue 14), on the items the tracker knows:
 * - typed shortcuts (`;thanks`) become the user's phrase, filled from the item the box answers;
 * - where the user turned it on for this site, a chip beside the box shows the draft check and
 *   the top suggestion, and "Use this reply" puts it in the box.
 * The background answers both (from the real settings); nothing is posted or sent anywhere else.
 */
export function startReplyBoxAssist(ctx: RunContext, adapter: SiteAdapter, tracker: ItemTracker): void {
  const reply = adapter.reply;
  if (!reply) return;
  let setup: { chip: boolean; shortcuts: string[]; at: number } | undefined;
  let active: ActiveBox | undefined;
  let chip: ReplyChip | undefined;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let expanding = false;
  /** Boxes the user hid the chip for, until the page is left. */
  const hiddenFor = new WeakSet<Element>();

  const refreshSetup = async () => {
    if (setup && Date.now() - setup.at < SETUP_TTL_MS) return setup;
    try {
      const answer = await sendMessage('replyBoxSetup', { siteId: adapter.id });
      setup = {
        chip: answer.chip === true,
        shortcuts: Array.isArray(answer.shortcuts) ? answer.shortcuts.slice(0, 100) : [],
        at: Date.now(),
      };
    } catch {
      setup = { chip: false, shortcuts: [], at: Date.now() };
    }
    return setup;
  };

  const itemFor = (box: HTMLElement): TrackedItem | undefined => {
    const element = itemElementForBox(box, reply, tracker.tree(), (el) => {
      const record = tracker.atElement(el);
      return record ? mentionFor(record.item, reply.mention ?? 'handle') : undefined;
    });
    return element ? tracker.atElement(element) : undefined;
  };

  /** The site's reply box the element is (or is in), with its item. */
  const boxOf = (target: EventTarget | null): ActiveBox | undefined => {
    if (!(target instanceof HTMLElement)) return undefined;
    if (!isTextField(target) && !target.isContentEditable) return undefined;
    const editable = resolveEditable(target);
    if (!editable || !isWritable(editable)) return undefined;
    const box = findAllReplyBoxes(document, adapter).find((b) => b === editable || b.contains(editable) || editable.contains(b));
    if (!box) return undefined;
    return { box, editable, item: itemFor(box) };
  };

  const hideChip = () => {
    clearTimeout(checkTimer);
    chip?.remove();
    chip = undefined;
  };

  const placeChip = () => {
    if (chip && active?.editable.isConnected) chip.place(active.editable.getBoundingClientRect());
    else if (chip) hideChip();
  };

  const checkDraft = (current: ActiveBox) => {
    const item = current.item;
    if (!item || hiddenFor.has(current.editable)) return;
    const draft = readBoxText(current.editable);
    void sendMessage('replyBoxAssist', { siteId: adapter.id, itemId: item.item.id, draft: draft.slice(0, 20_000) })
      .then((answer) => {
        if (ctx.signal.aborted || active !== current || hiddenFor.has(current.editable)) return;
        chip ??= createReplyChip({
          onUse: (text) => {
            void replaceText(current.box, { kind: 'all' }, text, { editor: reply.editor }).then((outcome) => {
              if (!outcome.ok) console.debug('[replybook] the suggestion was not placed:', outcome.message);
              scheduleCheck(current);
            });
          },
          onClose: () => {
            hiddenFor.add(current.editable);
            hideChip();
            current.editable.focus();
          },
          onLeave: () => current.editable.focus(),
        });
        if (!chip.host.isConnected) (document.body ?? document.documentElement).append(chip.host);
        chip.show(answer);
        placeChip();
      })
      .catch(() => undefined);
  };

  const scheduleCheck = (current: ActiveBox) => {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => checkDraft(current), CHECK_PAUSE_MS);
  };

  const expandIfShortcut = async (current: ActiveBox, names: readonly string[]) => {
    // One at a time: a second expansion racing the first could type the phrase twice.
    if (expanding) return;
    const before = textBeforeCaret(current.editable);
    const match = matchShortcut(before, names);
    if (!match) return;
    expanding = true;
    try {
      const answer = await sendMessage('expandShortcut', {
        siteId: adapter.id,
        name: match.name,
        ...(current.item ? { itemId: current.item.item.id } : {}),
      });
      if (!answer.ok || ctx.signal.aborted) return;
      const outcome = await replaceText(
        current.box,
        { kind: 'beforeCaret', expected: match.name, back: before.length - match.end },
        answer.text,
        {
          editor: reply.editor,
        },
      );
      if (!outcome.ok) console.debug('[replybook] a shortcut was not expanded:', outcome.message);
    } catch {
      // The background is gone (extension reloaded): the shortcut stays as typed.
    } finally {
      expanding = false;
    }
  };

  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof Element && event.target.localName === 'replybook-chip') return;
    const found = boxOf(event.target);
    if (!found) {
      active = undefined;
      hideChip();
      return;
    }
    if (active?.editable !== found.editable) hideChip();
    active = found;
    void refreshSetup().then((current) => {
      if (current.chip && active === found && readBoxText(found.editable).trim()) scheduleCheck(found);
    });
  };

  /** Typing: text the user typed (not an undo, a paste or our own replacement), or a printed key editors that swallow `input` (Draft.js) leave. */
  const onTyped = (target: EventTarget | null) => {
    if (expanding) return;
    if (!active?.editable.contains(target as Node)) {
      const found = boxOf(target);
      if (!found) return;
      active = found;
    }
    const current = active;
    // A post's one shared box is addressed by the @mention typed into it: read who it answers again.
    if (reply.place === 'composer' || !current.item) current.item = itemFor(current.box);
    void refreshSetup().then((known) => {
      if (known.shortcuts.length) void expandIfShortcut(current, known.shortcuts);
      if (known.chip) scheduleCheck(current);
    });
  };

  let printedKeyDown = false;
  const onInput = (event: Event) => {
    const input = event as InputEvent;
    // Undo must be able to bring a shortcut back without it expanding again.
    if (input.isComposing || (input.inputType !== 'insertText' && input.inputType !== 'insertCompositionText')) return;
    printedKeyDown = false;
    onTyped(event.target);
  };
  // Draft.js takes keystrokes into its own state and fires no input event: a printed key's keyup stands in.
  const onKeyDown = (event: KeyboardEvent) => {
    // Alt+Shift+R in the box: the keyboard goes to the chip (CHIP_KEYS).
    if (chip && active && event.altKey && event.shiftKey && event.code === 'KeyR' && active.editable.contains(event.target as Node)) {
      event.preventDefault();
      event.stopPropagation();
      printedKeyDown = false;
      chip.focusCard();
      return;
    }
    printedKeyDown = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (!printedKeyDown) return;
    printedKeyDown = false;
    onTyped(event.target);
  };

  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('input', onInput, true);
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('keyup', onKeyUp, true);
  window.addEventListener('scroll', placeChip, { capture: true, passive: true });
  window.addEventListener('resize', placeChip, { passive: true });
  ctx.signal.addEventListener('abort', () => {
    document.removeEventListener('focusin', onFocusIn, true);
    document.removeEventListener('input', onInput, true);
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('keyup', onKeyUp, true);
    window.removeEventListener('scroll', placeChip, true);
    window.removeEventListener('resize', placeChip);
    hideChip();
  });
}
