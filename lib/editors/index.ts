// Interim insertion for textareas and plain contenteditable; replaced by the full strategy chain.
export interface InsertOutcome { ok: boolean; strategy?: string; tried: string[]; message: string; copiedToClipboard?: boolean }

export async function insertReply(box: HTMLElement, text: string, _opts?: { editor?: string }): Promise<InsertOutcome> {
  box.focus();
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(box, text);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return { ok: box.value.includes(text), strategy: 'native-setter', tried: ['native-setter'], message: 'Inserted' };
  }
  document.execCommand('insertText', false, text);
  return { ok: (box.textContent ?? '').includes(text), strategy: 'execCommand', tried: ['execCommand'], message: 'Inserted' };
}
