// old.reddit.com: each comment's "reply" (a javascript: link) renders a `usertext-edit` form with a
// plain <textarea name="text"> inside that comment's `.child`; the form's "save" posts it.
import { keyOf, postButton, trackBox } from './thread-api';

for (const link of document.querySelectorAll<HTMLAnchorElement>('.entry .reply-button a')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const thing = link.closest('.thing')!;
    const child = thing.querySelector(':scope > .child')!;
    if (child.querySelector(':scope > form.usertext')) return;
    // Old reddit builds the form synchronously from a hidden template.
    const form = document.createElement('form');
    form.className = 'usertext cloneable';
    const edit = document.createElement('div');
    edit.className = 'usertext-edit md-container';
    const textarea = document.createElement('textarea');
    textarea.name = 'text';
    textarea.rows = 4;
    textarea.style.cssText = 'width:480px;height:80px';
    edit.append(textarea);
    const key = keyOf(link);
    trackBox(key, () => textarea.value);
    form.append(
      edit,
      postButton(
        'save',
        key,
        () => textarea.value,
        () => (textarea.value = ''),
      ),
    );
    child.prepend(form);
    textarea.focus();
  });
}
