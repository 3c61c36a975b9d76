// Instagram's post page: ONE comment form (a <textarea> whose value lives in React 19 state) for
// the whole post. A comment's Reply puts "@handle " in it, as Instagram does. With `data-readonly`
// on the mount the box is read-only (comments limited on this post).
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { page, trackBox } from './thread-api';

let latest = '';
let replyingTo = 'post';
trackBox('post', () => latest);
const mount = document.getElementById('composer')!;
const readOnly = mount.hasAttribute('data-readonly');
let setFromOutside: (value: string) => void = () => undefined;

function CommentForm() {
  const [value, setValue] = useState('');
  latest = value;
  useEffect(() => {
    setFromOutside = setValue;
  }, []);
  return (
    <form
      method="POST"
      onSubmit={(event) => {
        event.preventDefault();
        page.posted.push({ to: replyingTo, text: value });
        replyingTo = 'post';
        setValue('');
      }}
    >
      <textarea
        aria-label="Add a comment…"
        placeholder="Add a comment…"
        autoComplete="off"
        readOnly={readOnly}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" data-post-button="" disabled={value.trim() === ''}>
        Post
      </button>
    </form>
  );
}

createRoot(mount).render(<CommentForm />);

for (const reply of document.querySelectorAll<HTMLElement>('[data-key] button')) {
  if (reply.textContent !== 'Reply') continue;
  reply.addEventListener('click', () => {
    const item = reply.closest('[data-key]')!;
    const handle = item.querySelector('h3 a[role="link"]')!.textContent;
    replyingTo = item.getAttribute('data-key')!;
    setFromOutside(`@${handle} `);
    mount.querySelector('textarea')!.focus();
  });
}
