// YouTube: each comment's Reply builds a commentbox (a plain contenteditable `#contenteditable-root`
// whose text the page's model takes from `input` events) inside that comment's own `#reply-dialog`.
// The "Add a comment…" box above the list writes a new top-level comment.
import { keyOf, later, postButton, trackBox } from './thread-api';

function commentbox(label: string, key: string): HTMLElement {
  const box = document.createElement('ytd-commentbox');
  box.style.display = 'block';
  const root = document.createElement('div');
  root.id = 'contenteditable-root';
  root.contentEditable = 'true';
  root.setAttribute('aria-label', label);
  root.style.cssText = 'min-height:40px;width:480px;border:1px solid #999;white-space:pre-wrap;';
  let model = '';
  root.addEventListener('input', () => (model = root.innerText.replace(/\n$/, '')));
  trackBox(key, () => model);
  box.append(
    root,
    postButton(
      key === 'post' ? 'Comment' : 'Reply',
      key,
      () => model,
      () => {
        root.textContent = '';
        model = '';
      },
    ),
  );
  return box;
}

document.getElementById('simple-box')!.append(commentbox('Add a comment…', 'post'));

for (const button of document.querySelectorAll<HTMLElement>('[id="reply-button-end"] button')) {
  button.addEventListener('click', () => {
    const dialog = button.closest('ytd-comment-view-model')!.querySelector('[id="reply-dialog"]')!;
    if (dialog.querySelector('ytd-commentbox')) return;
    later(() => dialog.append(commentbox('Add a reply…', keyOf(button))));
  });
}
