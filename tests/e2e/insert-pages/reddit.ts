// Reddit (shreddit): "Join the conversation" above the comments, and under each comment a Reply that
// renders a `shreddit-composer` inside that `shreddit-comment`, its Lexical editor in the light DOM
// (`slot="rte"`). Both are real Lexical 0.52 editors.
import { mountLexical } from './lexical-box';
import { keyOf, later, postButton, trackBox } from './thread-api';

function composer(key: string, label: string): HTMLElement {
  const host = document.createElement('shreddit-composer');
  host.style.display = 'block';
  const root = document.createElement('div');
  root.setAttribute('slot', 'rte');
  root.setAttribute('role', 'textbox');
  root.contentEditable = 'true';
  root.setAttribute('aria-label', label);
  root.style.cssText = 'min-height:40px;width:480px;border:1px solid #999;padding:4px;display:block;';
  host.append(root);
  const editor = mountLexical(root, `reddit-${key}`);
  trackBox(key, editor.read);
  host.append(postButton('Comment', key, editor.read, editor.clear));
  return host;
}

document.querySelector('comment-body-header')!.append(composer('post', 'Join the conversation'));

for (const button of document.querySelectorAll<HTMLElement>('[slot="comment-reply"] button')) {
  button.addEventListener('click', () => {
    const comment = button.closest('shreddit-comment')!;
    if (comment.querySelector(':scope > shreddit-composer')) return;
    later(() => comment.append(composer(keyOf(button), 'Reply')));
  });
}
