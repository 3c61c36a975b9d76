import type { ReplyBoxAssist } from '@/lib/messaging/protocol';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483646; font: 13px/1.4 system-ui, sans-serif; color: #1d1f23; }
button { font: inherit; cursor: pointer; }
.pill { all: initial; cursor: pointer; font: 600 12px/1.7 system-ui, sans-serif; padding: 0 10px; border-radius: 999px;
  background: #2b5cab; color: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
.pill[data-state="warn"] { background: #8a4b00; }
.pill[data-state="block"] { background: #b3261e; }
.pill:focus-visible, .card button:focus-visible { outline: 2px solid #1d1f23; outline-offset: 2px; }
.frame { display: flex; flex-direction: column; align-items: flex-start; }
.frame.up { flex-direction: column-reverse; }
.card { margin: 4px 0; width: 320px; max-height: min(360px, calc(100vh - 96px)); overflow: auto; background: #fff; border: 1px solid #c5cad3;
  border-radius: 8px; padding: 10px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
h2 { font-size: 13px; margin: 0 0 4px; }
section + section { margin-top: 10px; }
ul { margin: 0; padding-left: 18px; }
.muted { color: #4a4f58; font-size: 12px; }
.reply { white-space: pre-wrap; background: #f3f5f8; border-radius: 6px; padding: 6px 8px; margin: 4px 0; }
.row { display: flex; gap: 8px; margin-top: 6px; }
.use { background: #2b5cab; color: #fff; border: 0; border-radius: 6px; padding: 4px 10px; }
.close { background: none; border: 1px solid #c5cad3; border-radius: 6px; padding: 4px 10px; color: #1d1f23; }
`;

let sheet: CSSStyleSheet | null | undefined;
function sharedSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  } catch {
    sheet = null;
  }
  return sheet;
}

/** Less room than this under the box: the chip sits above it and its card opens upward. */
const OPEN_UP_BELOW_PX = 400;

/** The keys that bring the keyboard from the site's box to the chip. */
export const CHIP_KEYS = 'Alt+Shift+R';

const SEVERITY_WORD = { block: 'Fix', warn: 'Check', info: 'Note' } as const;

export interface ReplyChip {
  host: HTMLElement;
  /** Shows the background's answer for the draft now in the box (or why there is none). */
  show(answer: ReplyBoxAssist | { ok: false; message: string }): void;
  /**
   * Puts the chip under the box's left edge (viewport coordinates), clear of the site's Post button
   * (usually at the right); above the box, opening upward, when there is no room below.
   */
  place(rect: Pick<DOMRect, 'top' | 'bottom' | 'left'>): void;
  /** Opens the card and puts the keyboard on its first button (the box's Alt+Shift+R). */
  focusCard(): void;
  remove(): void;
}

/**
 * The small Replybook chip beside a site's own reply box: the draft check and the top suggestion.
 * Drawn in a closed shadow root (the page can neither style nor read it); every text is set with
 * textContent, and the host carries no attribute that says anything about the item or the draft.
 */
export function createReplyChip(handlers: {
  onUse: (text: string) => void;
  onClose: () => void;
  /** Esc in the chip: back to the site's box. */
  onLeave: () => void;
}): ReplyChip {
  const doc = document;
  const host = doc.createElement('replybook-chip');
  host.setAttribute('data-rb-chip', '');
  const root = host.attachShadow({ mode: 'closed' });

  const pill = doc.createElement('button');
  pill.type = 'button';
  pill.className = 'pill';
  pill.setAttribute('aria-expanded', 'false');
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', 'Replybook for this reply');
  card.id = 'rb-chip-card';
  pill.setAttribute('aria-controls', card.id);
  pill.setAttribute('aria-keyshortcuts', CHIP_KEYS);
  const frame = doc.createElement('div');
  frame.className = 'frame';
  // The card is in the tree only while open (a closed card is nothing a screen reader meets).
  frame.append(pill);
  // A constructed sheet: extension pages (the demo) refuse an inline <style> under their CSP.
  const shared = sharedSheet();
  if (shared) root.adoptedStyleSheets = [shared];
  else {
    const style = doc.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }
  root.append(frame);

  // Keep the caret in the site's box when the chip is clicked with the mouse.
  root.addEventListener('mousedown', (event) => event.preventDefault());
  const setOpen = (open: boolean) => {
    if (open && !card.isConnected) frame.append(card);
    if (!open) card.remove();
    pill.setAttribute('aria-expanded', String(open));
  };
  pill.addEventListener('click', () => setOpen(!card.isConnected));
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    handlers.onLeave();
  });

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  const chip: ReplyChip = {
    host,
    show(answer) {
      card.replaceChildren();
      const closeRow = el('div', undefined, 'row');
      const close = el('button', 'Hide for this box', 'close');
      close.type = 'button';
      close.addEventListener('click', () => handlers.onClose());
      closeRow.append(close);
      if (!answer.ok) {
        pill.textContent = 'Replybook';
        pill.dataset.state = 'info';
        pill.setAttribute('aria-label', `Replybook: ${answer.message}`);
        card.append(el('p', answer.message, 'muted'), closeRow);
        return;
      }
      const { check } = answer;
      const serious = check.warnings.filter((w) => w.severity !== 'info');
      const state = check.blocked ? 'block' : serious.length ? 'warn' : 'ok';
      const summary = check.blocked ? 'must fix' : serious.length ? `${serious.length} to check` : 'draft OK';
      pill.textContent = `Replybook · ${summary}`;
      pill.dataset.state = state;
      pill.setAttribute('aria-label', `Replybook: ${summary}. Show the draft check and a suggested reply (Alt+Shift+R from the box)`);

      // The suggestion first: it is what the chip is opened for; the check follows.
      const suggestion = el('section');
      suggestion.setAttribute('aria-label', 'Suggested reply');
      suggestion.append(el('h2', 'Suggested reply'));
      if (answer.suggestion) {
        const { text, why, gaps } = answer.suggestion;
        suggestion.append(el('p', text, 'reply'), el('p', why, 'muted'));
        if (gaps.length) suggestion.append(el('p', `Fill ${gaps.join(', ')} before posting.`, 'muted'));
        const use = el('button', 'Use this reply', 'use');
        use.type = 'button';
        use.addEventListener('click', () => handlers.onUse(text));
        const row = el('div', undefined, 'row');
        row.append(use);
        suggestion.append(row);
      } else suggestion.append(el('p', answer.notice ?? 'No suggestion for this item.', 'muted'));
      const checkSection = el('section');
      checkSection.setAttribute('aria-label', 'Draft check');
      checkSection.append(el('h2', 'Draft check'));
      const notes = [
        ...check.warnings.map((w) => `${SEVERITY_WORD[w.severity]}: ${w.message}`),
        ...check.gaps.map((gap) => `Fill: ${gap}`),
      ];
      if (notes.length) {
        const list = el('ul');
        for (const note of notes) list.append(el('li', note));
        checkSection.append(list);
      } else checkSection.append(el('p', 'Nothing to change.', 'muted'));
      checkSection.append(el('p', `${check.length} of ${check.maxChars} characters`, 'muted'));

      card.append(suggestion, checkSection, closeRow, el('p', 'Alt+Shift+R from the reply box opens this; Esc goes back to it.', 'muted'));
    },
    place(rect) {
      const roomBelow = window.innerHeight - rect.bottom;
      const up = roomBelow < OPEN_UP_BELOW_PX && rect.top > roomBelow;
      frame.classList.toggle('up', up);
      host.style.left = `${Math.max(4, Math.round(rect.left))}px`;
      if (up) {
        host.style.removeProperty('top');
        host.style.bottom = `${Math.max(4, Math.round(window.innerHeight - rect.top + 4))}px`;
      } else {
        host.style.removeProperty('bottom');
        host.style.top = `${Math.max(4, Math.round(rect.bottom + 4))}px`;
      }
    },
    focusCard() {
      setOpen(true);
      card.querySelector<HTMLButtonElement>('button')?.focus();
    },
    remove() {
      host.remove();
    },
  };
  pill.textContent = 'Replybook';
  return chip;
}
