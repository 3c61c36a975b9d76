// Disqus embed: the thread's top box writes a new comment; each comment's Reply opens a form inside
// that `li.post`, with Disqus's plain contenteditable (`div.textarea[role=textbox]`).
import { keyOf, later, postButton, trackBox } from './thread-api';

function replyForm(key: string): HTMLElement {
  const form = document.createElement('form');
  form.className = 'reply';
  const wrapper = document.createElement('div');
  wrapper.className = 'textarea-wrapper';
  const box = document.createElement('div');
  box.className = 'textarea';
  box.contentEditable = 'true';
  box.setAttribute('role', 'textbox');
  box.setAttribute('aria-label', key === 'post' ? 'Join the discussion…' : 'Reply');
  box.style.cssText = 'min-height:40px;width:480px;border:1px solid #999;white-space:pre-wrap;';
  let model = '';
  box.addEventListener('input', () => (model = box.innerText.replace(/\n$/, '')));
  trackBox(key, () => model);
  wrapper.append(box);
  form.append(
    wrapper,
    postButton(
      'Post as Guest',
      key,
      () => model,
      () => ((box.textContent = ''), (model = '')),
    ),
  );
  return form;
}

document.getElementById('form')!.append(replyForm('post'));

for (const link of document.querySelectorAll<HTMLElement>('[data-action="reply"]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const post = link.closest('li.post')!;
    const content = post.querySelector(':scope > div > .post-content, :scope > .post-content')!;
    if (content.querySelector('form.reply')) return;
    later(() => content.append(replyForm(keyOf(link))));
  });
}
