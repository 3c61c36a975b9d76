/** Turning page markup into plain text: line breaks and emoji kept, no HTML. */

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON', 'svg']);
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const PARAGRAPH_TAGS = new Set(['P', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE']);
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** Elements inside a text that are controls, not words ("See more", "Translate"). */
export const DEFAULT_TEXT_SKIP = '[role="button"], [aria-hidden="true"][role="img"]:not(img)';

export interface TextOptions {
  /** Extra selector of elements to leave out. */
  skip?: string;
  /** Keep line breaks found in text nodes (sites that render with `white-space: pre-wrap`). */
  preLine?: boolean;
  /** Elements whose subtree is left out (nested items, owner replies): a set, or anything with `has`. */
  exclude?: { has(element: Element): boolean };
}

/**
 * The readable text of an element: `<br>` and block boundaries become line
 * breaks, emoji images become their emoji, controls are skipped.
 *
 * @example textOf(div) // "Great food!\nWill come back 😀"
 */
export function textOf(element: Element, options: TextOptions = {}): string {
  const skip = options.skip ? `${DEFAULT_TEXT_SKIP}, ${options.skip}` : DEFAULT_TEXT_SKIP;
  const parts: string[] = [];
  const softBreak = () => {
    const last = parts[parts.length - 1];
    if (last !== undefined && !last.endsWith('\n')) parts.push('\n');
  };
  const walk = (node: Node, isRoot: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(options.preLine ? value.replace(/[^\S\n]+/g, ' ') : value.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (!isRoot) {
      if (SKIPPED_TAGS.has(el.tagName) || options.exclude?.has(el)) return;
      try {
        if (el.matches(skip)) return;
      } catch {
        /* skip selector rejected by this engine: keep the element */
      }
    }
    const tag = el.tagName;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    if (tag === 'IMG') {
      const alt = el.getAttribute('alt') ?? '';
      if (alt.length <= 16 && EMOJI.test(alt)) parts.push(alt);
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock && !isRoot) {
      softBreak();
      if (PARAGRAPH_TAGS.has(tag) && parts.length > 0) parts.push('\n');
    }
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, false);
    if (isBlock && !isRoot) {
      softBreak();
      if (PARAGRAPH_TAGS.has(tag)) parts.push('\n');
    }
  };
  walk(element, true);
  return normaliseText(parts.join(''));
}

/**
 * Trim each line, collapse runs of spaces, keep at most one empty line between
 * paragraphs, drop leading and trailing empty lines.
 */
export function normaliseText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\uFEFF\u200B]/g, '') // BOMs and zero-width spaces sites pad text with (not ZWJ: emoji use it)
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text (names, labels, times). */
export function singleLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
