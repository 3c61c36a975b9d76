// YouTube's reply box: a plain contenteditable (`#contenteditable-root`) that the page creates
// only when Reply is clicked, and whose text the page's model takes from `input` events.
import { exposePage } from '../editor-pages/page-api';
import { countPosts } from './post-button';

let model = '';
countPosts(exposePage(() => model));

document.querySelector('[id="reply-button-end"] button')!.addEventListener('click', () => {
  // The real page builds the box asynchronously after the click.
  setTimeout(() => {
    const dialog = document.getElementById('reply-dialog')!;
    if (dialog.querySelector('ytd-commentbox')) return;
    const box = document.createElement('ytd-commentbox');
    box.style.display = 'block';
    const root = document.createElement('div');
    root.id = 'contenteditable-root';
    root.contentEditable = 'true';
    root.setAttribute('aria-label', 'Add a reply…');
    root.style.cssText = 'min-height:40px;width:480px;border:1px solid #999;white-space:pre-wrap;';
    root.addEventListener('input', () => (model = root.innerText.replace(/\n$/, '')));
    const post = document.createElement('button');
    post.id = 'post';
    post.textContent = 'Reply';
    box.append(root, post);
    dialog.append(box);
  }, 200);
});
