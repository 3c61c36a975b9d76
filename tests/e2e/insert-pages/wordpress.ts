// WordPress core's comment-reply.js: ONE `#respond` form; "Reply" moves it under that comment
// (after its article, setting comment_parent) and "Cancel reply" moves it back. Posting sends the
// textarea with comment_parent, then the form goes back to the end.
import { page, trackBox } from './thread-api';

const respond = document.getElementById('respond')!;
const home = respond.parentElement!;
const next = respond.nextSibling;
const textarea = respond.querySelector<HTMLTextAreaElement>('textarea#comment')!;
const parent = respond.querySelector<HTMLInputElement>('input[name="comment_parent"]')!;
trackBox('form', () => textarea.value);

function moveHome() {
  home.insertBefore(respond, next);
  parent.value = '0';
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.comment-reply-link')) {
  link.addEventListener('click', (event) => {
    event.preventDefault(); // comment-reply.js handles it: no navigation to ?replytocom=
    const body = document.getElementById(`div-comment-${link.dataset.commentid}`)!;
    body.after(respond);
    parent.value = link.dataset.commentid!;
    textarea.focus();
  });
}

document.getElementById('cancel-comment-reply-link')!.addEventListener('click', (event) => {
  event.preventDefault();
  moveHome();
});

respond.querySelector('form')!.addEventListener('submit', () => {
  // thread-api counts the submit and prevents the navigation; this is what the server would get.
  page.posted.push({ to: parent.value, text: textarea.value });
  textarea.value = '';
  moveHome();
});
