import { detectEditor, isTextField, isWritable, resolveEditable } from './detect';
import { nextTask, normaliseText, readBoxText, splitLines } from './dom';
import type { EditorKind } from './types';

/**
 * What to replace: the whole box (`all`), or `expected` ending `back` characters before the caret
 * (a typed shortcut, with the space typed after it left in place).
 */
export type ReplaceSpan = { kind: 'all' } | { kind: 'beforeCaret'; expected: string; back: number };

export interface ReplaceOutcome {
  ok: boolean;
  strategy?: string;
  message: string;
}

/** How far the span may have moved while the phrase was being filled (the user kept typing). */
const DRIFT = 3;

/** Selects the span in a field; false when the text there is no longer what was typed. */
function selectInField(el: HTMLTextAreaElement | HTMLInputElement, span: ReplaceSpan): boolean {
  el.focus();
  if (span.kind === 'all') {
    el.setSelectionRange(0, el.value.length);
    return true;
  }
  const caret = el.selectionEnd ?? el.value.length;
  const before = el.value.slice(0, caret);
  const at = before.lastIndexOf(span.expected);
  if (at < 0 || caret - (at + span.expected.length) > span.back + DRIFT) return false;
  el.setSelectionRange(at, at + span.expected.length);
  return true;
}

/** Selects the span in a contenteditable (a shortcut: inside the caret's text node). */
function selectInEditable(el: HTMLElement, span: ReplaceSpan): boolean {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  const range = doc.createRange();
  if (span.kind === 'all') {
    el.focus();
    range.selectNodeContents(el);
  } else {
    const node = selection.focusNode;
    if (!node || node.nodeType !== Node.TEXT_NODE || !el.contains(node)) return false;
    const before = (node as Text).data.slice(0, selection.focusOffset);
    const at = before.lastIndexOf(span.expected);
    if (at < 0 || before.length - (at + span.expected.length) > span.back + DRIFT) return false;
    range.setStart(node, at);
    range.setEnd(node, at + span.expected.length);
  }
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

type Replacer = { name: string; run(el: HTMLElement, text: string): boolean };

/** The browser's own edit of the selection: trusted input events, and Ctrl+Z undoes it. */
const execCommandReplace = (lineCommand: 'insertParagraph' | 'insertLineBreak'): Replacer => ({
  name: 'exec-command',
  run(el, text) {
    const doc = el.ownerDocument;
    if (isTextField(el))
      return doc.execCommand('insertText', false, el instanceof HTMLInputElement ? text.replace(/\s*\n\s*/g, ' ') : text);
    const lines = splitLines(text);
    if (!lines[0] && !doc.execCommand('delete', false)) return false;
    for (const [index, line] of lines.entries()) {
      if (index > 0 && !doc.execCommand(lineCommand, false)) return false;
      if (line && !doc.execCommand('insertText', false, line)) return false;
    }
    return true;
  },
});

/** A field whose execCommand was refused: setRangeText (not undoable) and the input event frameworks listen for. */
const rangeText: Replacer = {
  name: 'set-range-text',
  run(el, text) {
    if (!isTextField(el)) return false;
    el.setRangeText(text, el.selectionStart ?? 0, el.selectionEnd ?? 0, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: text }));
    return true;
  },
};

/** Editors with their own model (Lexical, Draft.js) replace their selection on paste, in their own undo history. */
const pasteReplace: Replacer = {
  name: 'paste-event',
  run(el, text) {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true, composed: true });
    if (!event.clipboardData) return false;
    el.dispatchEvent(event);
    return true;
  },
};

function replacersFor(kind: EditorKind): Replacer[] {
  switch (kind) {
    case 'textarea':
      return [execCommandReplace('insertLineBreak'), rangeText];
    case 'lexical':
    case 'draftjs':
      // execCommand last: reached only when the editor's JS is not running (a saved page).
      return [pasteReplace, execCommandReplace(kind === 'lexical' ? 'insertParagraph' : 'insertLineBreak')];
    case 'quill':
    case 'prosemirror':
      return [execCommandReplace('insertParagraph'), pasteReplace];
    case 'contenteditable':
    case 'iframe':
      return [execCommandReplace('insertLineBreak'), pasteReplace];
    case 'none':
      return [];
  }
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * Replaces part of a reply box (a typed shortcut) or all of it (a suggestion taken from the chip)
 * with `text`, through the editor so its own state and undo history take the change, and
 * verifies the box after each way tried. Never submits; never copies to the clipboard.
 */
export async function replaceText(
  box: HTMLElement,
  span: ReplaceSpan,
  text: string,
  opts: { editor?: EditorKind; settleMs?: number } = {},
): Promise<ReplaceOutcome> {
  const el = resolveEditable(box);
  if (!el || !isWritable(el)) return { ok: false, message: 'This box cannot be typed into.' };
  const kind: EditorKind = isTextField(el)
    ? 'textarea'
    : opts.editor && opts.editor !== 'none' && opts.editor !== 'iframe' && opts.editor !== 'textarea'
      ? opts.editor
      : detectEditor(el);
  const wanted = normaliseText(text);
  const landed = (before: string, after: string) => {
    if (span.kind === 'all') return normaliseText(after) === wanted;
    const a = normaliseText(after);
    const b = normaliseText(before);
    return occurrences(a, span.expected) < occurrences(b, span.expected) && occurrences(a, wanted) > occurrences(b, wanted);
  };
  for (const replacer of replacersFor(kind)) {
    const selected = isTextField(el) ? selectInField(el, span) : selectInEditable(el, span);
    if (!selected) return { ok: false, message: 'The text to replace is no longer there.' };
    // Editors copy the DOM selection into their model on selectionchange, which runs as a task.
    if (!isTextField(el)) await nextTask();
    const before = readBoxText(el);
    let acted = false;
    try {
      acted = replacer.run(el, text);
    } catch {
      acted = false;
    }
    const deadline = performance.now() + (opts.settleMs ?? 120);
    while (acted) {
      if (landed(before, readBoxText(el))) return { ok: true, strategy: replacer.name, message: 'Replaced in the box.' };
      if (performance.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // A half-done replacement must not be followed by another.
    if (normaliseText(readBoxText(el)) !== normaliseText(before))
      return { ok: false, strategy: replacer.name, message: 'The box changed but not as expected.' };
  }
  return { ok: false, message: 'This editor did not take the text.' };
}
