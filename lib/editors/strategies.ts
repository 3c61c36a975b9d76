import { isTextField } from './detect';
import { nextTask, placeCaretAtEnd, splitLines } from './dom';

/**
 * One way of putting text into a box. It acts and returns; `insertReply` verifies.
 * Returns false when it knows it did nothing (execCommand refused, API missing).
 */
export interface Strategy {
  name: string;
  run(el: HTMLElement, text: string): Promise<boolean>;
}

function plainTextTransfer(text: string): DataTransfer {
  const transfer = new DataTransfer();
  transfer.setData('text/plain', text);
  return transfer;
}

/**
 * Textarea/input: the prototype's value setter, then `input` and `change`. The setter from
 * the prototype skips React's per-node value tracker, so React sees a changed value and
 * calls onChange. (From an isolated world the page's instance override is not even visible.)
 */
export const valueSetter: Strategy = {
  name: 'value-setter',
  async run(el, text) {
    if (!isTextField(el)) return false;
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (!setValue) return false;
    placeCaretAtEnd(el);
    const next = el.value + text;
    setValue.call(el, next);
    try {
      el.setSelectionRange(next.length, next.length);
    } catch {
      // input types without a selection API
    }
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  },
};

/**
 * `document.execCommand('insertText')` at the end of the box: the browser edits the DOM and
 * fires a trusted `input` (Chromium fires no `beforeinput` for it). Editors that watch DOM
 * mutations (Quill, ProseMirror, plain contenteditable) take it in; undo works.
 * Lines are joined with insertParagraph (block editors) or insertLineBreak (plain boxes).
 */
export function execCommandInsert(lineCommand: 'insertParagraph' | 'insertLineBreak'): Strategy {
  return {
    name: `exec-command-${lineCommand === 'insertParagraph' ? 'paragraphs' : 'line-breaks'}`,
    async run(el, text) {
      const doc = el.ownerDocument;
      placeCaretAtEnd(el);
      await nextTask();
      if (isTextField(el)) return doc.execCommand('insertText', false, text);
      const lines = splitLines(text);
      for (const [index, line] of lines.entries()) {
        if (index > 0 && !doc.execCommand(lineCommand, false)) return false;
        if (line && !doc.execCommand('insertText', false, line)) return false;
      }
      return true;
    },
  };
}

/**
 * A synthetic `paste` ClipboardEvent carrying text/plain. Lexical, Draft.js, ProseMirror and
 * Quill 2 read `clipboardData` in their paste handlers and insert through their own model,
 * so line breaks become their paragraphs. Nothing happens where no handler exists
 * (a synthetic paste has no default action).
 */
export const pasteEvent: Strategy = {
  name: 'paste-event',
  async run(el, text) {
    placeCaretAtEnd(el);
    await nextTask();
    const event = new ClipboardEvent('paste', {
      clipboardData: plainTextTransfer(text),
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    if (!event.clipboardData) return false;
    el.dispatchEvent(event);
    return true;
  },
};

/**
 * A `beforeinput` InputEvent with a dataTransfer (measured on Lexical 0.52, rich and plain):
 * - `insertText` with data null and a dataTransfer is Lexical's raw-text path
 *   (`selection.insertRawText`, newlines kept): works.
 * - `insertReplacementText` goes to CONTROLLED_TEXT_INSERTION_COMMAND with the dataTransfer: works.
 * - `insertFromPaste` reaches PASTE_COMMAND, whose handlers read clipboardData only from a
 *   ClipboardEvent: does nothing (kept for other beforeinput-driven editors).
 */
export function beforeInputTransfer(inputType: 'insertText' | 'insertFromPaste' | 'insertReplacementText'): Strategy {
  return {
    name: `beforeinput-${inputType}`,
    async run(el, text) {
      placeCaretAtEnd(el);
      await nextTask();
      const event = new InputEvent('beforeinput', {
        inputType,
        data: null,
        dataTransfer: plainTextTransfer(text),
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      el.dispatchEvent(event);
      return true;
    },
  };
}

/**
 * Chromium's legacy `textInput` TextEvent, which React turns into `onBeforeInput`; Draft.js
 * inserts its `data` into its own state. Lines stay as newline characters inside one block.
 */
export const textInputEvent: Strategy = {
  name: 'textinput-event',
  async run(el, text) {
    const doc = el.ownerDocument;
    placeCaretAtEnd(el);
    await nextTask();
    let event: TextEvent;
    try {
      event = doc.createEvent('TextEvent');
    } catch {
      return false; // engines without TextEvent (Firefox)
    }
    if (typeof event.initTextEvent !== 'function') return false;
    event.initTextEvent('textInput', true, true, doc.defaultView ?? undefined, text);
    el.dispatchEvent(event);
    return true;
  },
};

/**
 * Last resort for plain contenteditable boxes with no editor library: text nodes and <br>s
 * put in at the caret (never HTML), then an `input` event.
 */
export const domInsert: Strategy = {
  name: 'dom-insert',
  async run(el, text) {
    const doc = el.ownerDocument;
    placeCaretAtEnd(el);
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return false;
    const range = selection.getRangeAt(0);
    if (!el.contains(range.startContainer)) return false;
    const fragment = doc.createDocumentFragment();
    for (const [index, line] of splitLines(text).entries()) {
      if (index > 0) fragment.append(doc.createElement('br'));
      if (line) fragment.append(doc.createTextNode(line));
    }
    const lastNode = fragment.lastChild;
    range.insertNode(fragment);
    if (lastNode) {
      range.setStartAfter(lastNode);
      range.collapse(true);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    return true;
  },
};
