import { isTextField } from './detect';

/** Resolves after the current task, so selectionchange and framework re-renders get to run. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The text a box shows now: the value of a field, else its rendered text. */
export function readBoxText(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  return el.innerText ?? el.textContent ?? '';
}

/**
 * Text reduced to what matters for "did the reply land": NFC, no zero-width marks,
 * spaces collapsed, and each run of line breaks (paragraphs render as two) kept as one.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** True when `after` holds one more copy of the reply (line breaks included) than `before`. */
export function hasLanded(before: string, after: string, reply: string): boolean {
  const needle = normaliseText(reply);
  return countOccurrences(normaliseText(after), needle) > countOccurrences(normaliseText(before), needle);
}

/** Polls until the reply shows in the box or `settleMs` passes. Editors render in a microtask or a task. */
export async function waitForLanded(el: HTMLElement, before: string, reply: string, settleMs: number): Promise<boolean> {
  if (hasLanded(before, readBoxText(el), reply)) return true;
  const deadline = performance.now() + settleMs;
  await Promise.resolve();
  while (true) {
    if (hasLanded(before, readBoxText(el), reply)) return true;
    if (performance.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Focuses the box and puts a collapsed caret at the end of its content. */
export function placeCaretAtEnd(el: HTMLElement): void {
  el.focus({ preventScroll: false });
  if (isTextField(el)) {
    const end = el.value.length;
    try {
      el.setSelectionRange(end, end);
    } catch {
      // some input types (email) have no selection API
    }
    return;
  }
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  // Walk to the deepest last node; stop before a trailing <br> placeholder
  // (empty Lexical/Draft/Quill blocks hold one) and at non-editable islands (mention pills).
  let node: Node = el;
  while (node.lastChild) {
    const last: ChildNode = node.lastChild;
    if (last.nodeName === 'BR') {
      range.setStart(node, Array.prototype.indexOf.call(node.childNodes, last) as number);
      range.collapse(true);
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    if (last instanceof Element && last.getAttribute('contenteditable') === 'false') break;
    node = last;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    range.setStart(node, (node as Text).length);
  } else {
    range.selectNodeContents(node);
    range.collapse(false);
  }
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Reply split into lines, with Windows line ends folded. */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}
