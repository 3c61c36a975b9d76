// Facebook (Comet): the post's "Write a comment" composer, and under each comment a Reply control
// that opens a "Reply to NAME" composer below that comment's replies. Both are real Lexical 0.52 editors.
import { mountLexical } from './lexical-box';
import { keyOf, later, postButton, trackBox } from './thread-api';

const BOX = 'min-height:40px;width:480px;border:1px solid #999;padding:4px;display:block;';

function composer(label: string, key: string): HTMLFormElement {
  const form = document.createElement('form');
  form.method = 'POST';
  const root = document.createElement('div');
  root.setAttribute('role', 'textbox');
  root.contentEditable = 'true';
  root.setAttribute('aria-label', label);
  root.style.cssText = BOX;
  form.append(root);
  const editor = mountLexical(root, `facebook-${key}`);
  trackBox(key, editor.read);
  form.append(postButton('Comment', key, editor.read, editor.clear));
  return form;
}

document.getElementById('post-composer')!.append(composer('Write a comment…', 'post'));

for (const control of document.querySelectorAll<HTMLElement>('div[role="article"][aria-label] ul div[role="button"]:not([aria-label])')) {
  control.addEventListener('click', () => {
    const thread = control.closest('[data-thread]')!;
    if (thread.querySelector(':scope > form')) return; // already open: Facebook focuses it
    const name = control.closest('div[role="article"]')!.querySelector('a[href*="comment_id"] span[dir="auto"]')!.textContent;
    later(() => thread.append(composer(`Reply to ${name}…`, keyOf(control))));
  });
}
