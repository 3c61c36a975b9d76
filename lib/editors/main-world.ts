/**
 * Inserts text through the page's own editor object. MUST run in the page's MAIN world:
 * from the content script's isolated world, expando properties such as Quill's `__quill`
 * are invisible. Self-contained on purpose (no imports, no outer variables) so it can be
 * passed as `func` to `browser.scripting.executeScript({ world: 'MAIN', func, args })` or
 * serialised into a WXT `injectScript` file.
 *
 * The isolated-world side marks the box with `data-replybook-target="<marker>"` first.
 * Supported: Quill 1.x and 2.x (`container.__quill`, the object `Quill.find()` returns).
 */
export function insertInMainWorld(
  marker: string,
  text: string,
): { ok: boolean; strategy?: string; message: string } {
  const target = document.querySelector(`[data-replybook-target="${CSS.escape(marker)}"]`);
  if (!target) return { ok: false, message: 'reply box not found' };
  type QuillLike = {
    insertText(index: number, text: string, source: string): unknown;
    getLength(): number;
    setSelection(index: number, length: number, source: string): unknown;
    isEnabled?(): boolean;
  };
  const container = target.closest('.ql-container') ?? target.parentElement;
  const quill = (container as unknown as { __quill?: QuillLike } | null)?.__quill;
  if (quill && typeof quill.insertText === 'function') {
    if (quill.isEnabled && !quill.isEnabled()) return { ok: false, message: 'Quill editor is disabled' };
    // Quill always ends with a newline of its own; insert before it. "user" = like typing.
    const index = Math.max(0, quill.getLength() - 1);
    quill.insertText(index, text, 'user');
    quill.setSelection(index + text.length, 0, 'user');
    return { ok: true, strategy: 'main-world-quill', message: 'inserted with Quill insertText' };
  }
  return { ok: false, message: 'no editor object on this box' };
}
