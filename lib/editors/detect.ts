import type { EditorKind } from './types';

const EDITABLE_SELECTOR = '[contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"]';
const TEXT_INPUT_SELECTOR = 'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="url"]';

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.matches(TEXT_INPUT_SELECTOR));
}

/**
 * The element that takes the text: the box itself, the editing root it sits in, or the
 * editable element inside it (site selectors often name a wrapper). An iframe resolves to
 * its body when same-origin and editable.
 */
export function resolveEditable(box: HTMLElement): HTMLElement | null {
  if (isTextField(box)) return box;
  if (box instanceof HTMLIFrameElement) {
    let body: HTMLElement | null = null;
    try {
      body = box.contentDocument?.body ?? null; // throws or is null when cross-origin
    } catch {
      body = null;
    }
    if (body && (body.isContentEditable || body.ownerDocument.designMode === 'on')) return body;
    return null;
  }
  if (box.isContentEditable) {
    // Editors handle events on their root, not on inner paragraphs.
    let root: HTMLElement = box;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }
  const inner = box.querySelector<HTMLElement>(`${TEXT_INPUT_SELECTOR}, ${EDITABLE_SELECTOR}`);
  return inner && (isTextField(inner) || inner.isContentEditable) ? inner : null;
}

/**
 * Which editor drives a reply box, read from markup only (attributes and classes), so the
 * extract CLI (jsdom, no layout or isContentEditable) and the live page agree. Library
 * markers win; a plain contenteditable is `declared` (the adapter's editor) when that names
 * a rich editor. A wrapper is judged by the editable element inside it; nothing editable
 * there is `declared`, else 'none'.
 * @example detectEditor(document.querySelector('[data-lexical-editor]')!) // 'lexical'
 */
export function detectEditor(box: Element, declared?: EditorKind): EditorKind {
  const tag = box.tagName;
  if (tag === 'IFRAME') return 'iframe';
  if (tag === 'TEXTAREA' || tag === 'INPUT') return 'textarea';
  const el = box.closest(EDITABLE_SELECTOR) ?? box.querySelector(`${TEXT_INPUT_SELECTOR}, ${EDITABLE_SELECTOR}`);
  if (!el) return declared ?? 'none';
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return 'textarea';
  if (el.closest('[data-lexical-editor="true"]')) return 'lexical';
  if (el.closest('.public-DraftEditor-content, .DraftEditor-root') || el.querySelector('[data-contents="true"]')) return 'draftjs';
  if (el.closest('.ql-editor')) return 'quill';
  if (el.closest('.ProseMirror')) return 'prosemirror';
  return declared && declared !== 'textarea' && declared !== 'iframe' && declared !== 'none' ? declared : 'contenteditable';
}

/** True when the element takes typing: not read-only, not disabled, not aria-disabled. */
export function isWritable(el: HTMLElement): boolean {
  if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return false;
  if (isTextField(el)) return !el.readOnly && !el.disabled;
  return el.isContentEditable || el.ownerDocument.designMode === 'on';
}
