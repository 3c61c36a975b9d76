// Instagram's comment form: a <textarea> whose value lives in React 19 state. With
// `data-readonly` on the mount the box is read-only (comments limited on this post).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposePage } from '../editor-pages/page-api';
import { countPosts } from './post-button';

let latest = '';
countPosts(exposePage(() => latest));
const mount = document.getElementById('composer')!;
const readOnly = mount.hasAttribute('data-readonly');

function CommentForm() {
  const [value, setValue] = useState('');
  latest = value;
  return (
    <form method="POST">
      <textarea
        aria-label="Add a comment…"
        placeholder="Add a comment…"
        autoComplete="off"
        readOnly={readOnly}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" id="post" disabled={value.trim() === ''}>
        Post
      </button>
    </form>
  );
}

createRoot(mount).render(<CommentForm />);
