/**
 * Is an editor one a person could type into? Pages carry decoys: honeypot and
 * autosize textareas, aria-hidden clones, disabled or read-only fields.
 */
export function isUsableEditor(element: Element, options: VisibilityOptions = {}): boolean {
  if (!isEditable(element)) return false;
  return isVisible(element, options);
}

function isEditable(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') {
    if (element.hasAttribute('disabled') || element.hasAttribute('readonly')) return false;
    if (tag === 'INPUT') {
      const type = (element.getAttribute('type') ?? 'text').toLowerCase();
      if (!['text', 'search', ''].includes(type)) return false;
    }
    if (element.getAttribute('tabindex') === '-1') return false;
    return true;
  }
  if (tag === 'IFRAME') return true;
  // Custom elements that host their own editor (shreddit-composer, faceplate-textarea-input) count as a box.
  if (tag.includes('-')) return element.getAttribute('aria-disabled') !== 'true';
  const editable = element.getAttribute('contenteditable');
  if (editable === null || editable === 'false') return false;
  return element.getAttribute('aria-disabled') !== 'true' && element.getAttribute('aria-readonly') !== 'true';
}

export interface VisibilityOptions {
  layout?: boolean;
  /**
   * Memo of the far-ancestor part of the walk (see isVisible), shared by calls
   * over a DOM that does not change in between (one findItems call): the 100
   * siblings of a burst share their ancestors, which are then read once.
   */
  ancestors?: AncestorMemo;
}

/** Element → "neither it nor any ancestor hides its subtree" (attributes and inline styles). */
export type AncestorMemo = Map<Element, boolean>;

/** From this depth up the walk checks only what hides a whole subtree (no aria-hidden): the same for every descendant. */
const MEMO_DEPTH = 4;

/**
 * Visible to a person. Uses layout where the engine has it; jsdom has none
 * (every size is 0), so there the decision falls back to attributes and
 * inline styles, which is what a decoy uses anyway.
 */
export function isVisible(element: Element, options: VisibilityOptions = {}): boolean {
  let depth = 0;
  for (let el: Element | null = element; el; el = el.parentElement, depth++) {
    if (depth === MEMO_DEPTH && options.ancestors) {
      if (!isChainClear(el, options.ancestors)) return false;
      break;
    }
    if (el.hasAttribute('hidden')) return false;
    // aria-hidden near the box marks a clone or decoy; far up it is a modal hiding the app for a moment
    // (LinkedIn 2022 saved with `.application-outlet` aria-hidden), which does not stop a person typing later.
    if (depth < 4 && el.getAttribute('aria-hidden') === 'true') return false;
    if (el.tagName === 'INPUT' && el.getAttribute('type') === 'hidden') return false;
    const style = el.getAttribute('style');
    if (style && isHiddenByInlineStyle(style, el === element)) return false;
  }
  const view = element.ownerDocument.defaultView;
  const html = element as HTMLElement;
  if (options.layout === false) return true;
  if (view && typeof view.getComputedStyle === 'function') {
    const style = view.getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  }
  if (hasLayout(element)) {
    const rect = element.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) {
      // A closed box can be zero-size until opened; only the element itself counts here.
      return html.offsetWidth > 1 && html.offsetHeight > 1;
    }
    const doc = element.ownerDocument.documentElement;
    const pageWidth = Math.max(doc.scrollWidth, view?.innerWidth ?? 0);
    if (rect.right < -100 || rect.bottom + (view?.scrollY ?? 0) < -100 || rect.left > pageWidth + 100) return false;
  }
  return true;
}

/** What hides an element's whole subtree, read from its own attributes (the checks isVisible makes on far ancestors). */
function hidesSubtree(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.tagName === 'INPUT' && el.getAttribute('type') === 'hidden') return true;
  const style = el.getAttribute('style');
  return Boolean(style && isHiddenByInlineStyle(style, false));
}

/** No element from `start` up hides its subtree; every element walked is memoised with the answer. */
function isChainClear(start: Element, memo: AncestorMemo): boolean {
  const walked: Element[] = [];
  let clear = true;
  for (let el: Element | null = start; el; el = el.parentElement) {
    const known = memo.get(el);
    if (known !== undefined) {
      clear = known;
      break;
    }
    walked.push(el);
    if (hidesSubtree(el)) {
      clear = false;
      break;
    }
  }
  for (const el of walked) memo.set(el, clear);
  return clear;
}

function isHiddenByInlineStyle(style: string, isSelf: boolean): boolean {
  // Ancestors only hide with display:none or visibility:hidden. Pages put long inline styles
  // on many ancestors, and this runs for each of them per item: skip the regexes when neither word is there.
  if (!isSelf && !/none|hidden/i.test(style)) return false;
  const s = style.replace(/\s+/g, '').toLowerCase();
  if (/(^|;)display:none/.test(s) || /(^|;)visibility:hidden/.test(s)) return true;
  if (!isSelf) return false;
  if (/(^|;)opacity:0(;|$)/.test(s)) return true;
  if (/(^|;)(width|height):0(px)?(;|$)/.test(s)) return true;
  // Honeypots pushed off-screen.
  if (/(^|;)(left|top):-\d{3,}px/.test(s) || /text-indent:-\d{3,}px/.test(s)) return true;
  if (/clip:rect\(0(px)?,?0(px)?,?0(px)?,?0(px)?\)/.test(s)) return true;
  return false;
}

/** Whether this engine lays out pages at all (jsdom does not: all rects are 0). */
function hasLayout(element: Element): boolean {
  const root = element.ownerDocument.documentElement;
  const body = element.ownerDocument.body;
  const probe = body ?? root;
  return probe.getBoundingClientRect().width > 0 || (probe as HTMLElement).offsetWidth > 0;
}
