/**
 * Puts text on the clipboard: the async Clipboard API first, then a temporary off-screen
 * textarea with execCommand('copy') (works where the API is refused, e.g. no permission or
 * the document lacks focus). Focus and selection go back to where they were.
 * @returns true when one of the two reported success.
 */
export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (doc.defaultView?.navigator.clipboard?.writeText) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused: fall through to the legacy path
  }
  const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const selection = doc.getSelection();
  const savedRange = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const scratch = doc.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.setAttribute('aria-hidden', 'true');
  scratch.style.cssText = 'position:fixed;top:0;left:-9999px;width:1px;height:1px;opacity:0;';
  (doc.body ?? doc.documentElement).append(scratch);
  let copied = false;
  try {
    scratch.select();
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    scratch.remove();
    active?.focus({ preventScroll: true });
    if (savedRange && selection) {
      selection.removeAllRanges();
      selection.addRange(savedRange);
    }
  }
  return copied;
}
