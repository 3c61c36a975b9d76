// A React 19 controlled <textarea> whose value lives in useState, behind a "Reply" control that
// reveals it (as many sites do), with a hidden decoy textarea earlier in the page.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposePage } from './page-api';

let latest = '';
const api = exposePage(() => latest);

function ReplyForm() {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  latest = value;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        api.submits += 1;
      }}
    >
      <textarea id="decoy" name="decoy" style={{ display: 'none' }} defaultValue="" />
      <button type="button" id="open-reply" onClick={() => setTimeout(() => setOpen(true), 150)}>
        Reply
      </button>
      {open && <textarea id="box" aria-label="Write a reply" value={value} onChange={(event) => setValue(event.target.value)} />}
      <output id="state">{value}</output>
      <button type="submit" id="post" disabled={value.trim() === ''}>
        Post
      </button>
    </form>
  );
}

createRoot(document.getElementById('mount')!).render(<ReplyForm />);
