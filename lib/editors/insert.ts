import { copyToClipboard } from './clipboard';
import { detectEditor, isTextField, isWritable, resolveEditable } from './detect';
import { hasLanded, normaliseText, readBoxText, waitForLanded } from './dom';
import { beforeInputTransfer, domInsert, execCommandInsert, pasteEvent, textInputEvent, valueSetter, type Strategy } from './strategies';
import type { EditorKind, InsertOptions, InsertOutcome } from './types';

export const MESSAGES = {
  inserted: "Reply placed in the box. Check it, then press the site's own button to post.",
  clipboard: "Couldn't type into this box; the reply is on your clipboard — paste it with Ctrl+V.",
  noClipboard: "Couldn't type into this box, and the clipboard was refused too. Copy the reply from the panel.",
  partial: "The box changed but the reply didn't land whole; the reply is on your clipboard — clear the box and paste it with Ctrl+V.",
  empty: 'There is no reply text to insert.',
} as const;

/**
 * The ordered strategies per editor (Briskine style: the first that verifies wins).
 * Why this order:
 * - lexical: Lexical's paste handler builds paragraphs from text/plain; `beforeinput`
 *   insertText+dataTransfer is its raw-text path, insertReplacementText+dataTransfer its
 *   controlled-insertion path. `beforeinput` insertFromPaste does NOT work in Lexical 0.52 (its
 *   PASTE_COMMAND reads clipboardData only from ClipboardEvents). execCommand fires no
 *   `beforeinput`, so it is last.
 * - draftjs: Draft's onPaste splits lines into blocks; textInput is React's onBeforeInput in Chromium.
 * - quill / prosemirror: both read DOM mutations, so execCommand works from the isolated world;
 *   Quill 1.x ignores a synthetic paste (it waits for the browser's own paste into its clipboard div).
 */
function strategiesFor(kind: EditorKind): Strategy[] {
  switch (kind) {
    case 'textarea':
      return [valueSetter, execCommandInsert('insertLineBreak')];
    case 'lexical':
      return [
        pasteEvent,
        beforeInputTransfer('insertText'),
        beforeInputTransfer('insertReplacementText'),
        // Reached only when Lexical's JS is not running (a saved page): with Lexical live,
        // execCommand's DOM edit is only partly taken into its state.
        execCommandInsert('insertParagraph'),
      ];
    case 'draftjs':
      return [
        pasteEvent,
        textInputEvent,
        // Reached only when Draft's JS ignored both events, i.e. is not running (a saved page).
        // On a LIVE Draft editor execCommand makes React throw (removeChild) and multi-line
        // text is only partly taken in; the matrix in tests/e2e/editors.test.ts records this.
        execCommandInsert('insertLineBreak'),
      ];
    case 'quill':
      return [execCommandInsert('insertParagraph'), pasteEvent];
    case 'prosemirror':
      return [execCommandInsert('insertParagraph'), pasteEvent];
    case 'contenteditable':
    case 'iframe':
      return [execCommandInsert('insertLineBreak'), pasteEvent, domInsert];
    case 'none':
      return [];
  }
}

const ALL_STRATEGIES: readonly Strategy[] = [
  valueSetter,
  execCommandInsert('insertLineBreak'),
  execCommandInsert('insertParagraph'),
  pasteEvent,
  beforeInputTransfer('insertText'),
  beforeInputTransfer('insertFromPaste'),
  beforeInputTransfer('insertReplacementText'),
  textInputEvent,
  domInsert,
];

/** Every strategy name `InsertOptions.strategies` accepts. */
export const STRATEGY_NAMES: readonly string[] = ALL_STRATEGIES.map((s) => s.name);

function pickStrategies(names: readonly string[]): Strategy[] {
  return names.flatMap((name) => {
    const found = ALL_STRATEGIES.find((s) => s.name === name);
    return found ? [found] : [];
  });
}

/**
 * Puts `text` at the end of a site's reply box so the site's editor (React state, Lexical,
 * Draft.js, Quill, ProseMirror, plain contenteditable) registers it, and verifies it landed.
 * Never submits. Existing text in the box is kept: the reply goes after it, with a space
 * when the existing text does not end in whitespace (e.g. a pre-filled @mention).
 * When every strategy fails, the reply is copied to the clipboard and `ok` is false.
 * @example const outcome = await insertReply(box, 'Thanks!\nWe fixed it.', { editor: 'lexical' });
 */
export async function insertReply(box: HTMLElement, text: string, opts: InsertOptions = {}): Promise<InsertOutcome> {
  const tried: string[] = [];
  const reply = text.replace(/\r\n?/g, '\n');
  if (!normaliseText(reply)) return { ok: false, tried, message: MESSAGES.empty };

  const el = resolveEditable(box);
  const detected = detectEditor(box);
  // The element decides for fields; otherwise the adapter's declared editor wins over markup.
  const kind: EditorKind = !el
    ? 'none'
    : isTextField(el)
      ? 'textarea'
      : opts.editor && opts.editor !== 'none' && opts.editor !== 'iframe'
        ? opts.editor
        : detected;
  const settleMs = opts.settleMs ?? 120;

  const fail = async (message: string): Promise<InsertOutcome> => {
    if (opts.copyOnFailure === false) return { ok: false, tried, message };
    const copied = await copyToClipboard(reply, el?.ownerDocument ?? box.ownerDocument);
    return { ok: false, tried, copiedToClipboard: copied, message: copied ? message : MESSAGES.noClipboard };
  };

  if (!el || !isWritable(el)) return fail(MESSAGES.clipboard);

  const chain = opts.strategies ? pickStrategies(opts.strategies) : strategiesFor(kind);
  // A single-line <input> drops newlines: the lines go in joined with spaces.
  const payload = el instanceof HTMLInputElement ? reply.replace(/\s*\n\s*/g, ' ') : reply;
  const initial = readBoxText(el);
  const landedLate = () => hasLanded(initial, readBoxText(el), payload);
  let previous: string | undefined;
  for (const strategy of chain) {
    // The previous strategy may have landed after its settle window (a slow page): take it.
    if (previous && landedLate()) return { ok: true, strategy: previous, tried, message: MESSAGES.inserted };
    previous = strategy.name;
    const before = readBoxText(el);
    const needsSpace = before.length > 0 && normaliseText(before) !== '' && !/\s$/.test(before);
    tried.push(strategy.name);
    let acted = false;
    try {
      acted = await strategy.run(el, needsSpace ? ` ${payload}` : payload);
    } catch {
      acted = false;
    }
    if (acted && (await waitForLanded(el, before, payload, settleMs))) {
      return { ok: true, strategy: strategy.name, tried, message: MESSAGES.inserted };
    }
    // A half-done insert must not be followed by another full one.
    if (normaliseText(readBoxText(el)) !== normaliseText(before)) return fail(MESSAGES.partial);
  }
  if (previous && landedLate()) return { ok: true, strategy: previous, tried, message: MESSAGES.inserted };
  return fail(MESSAGES.clipboard);
}
