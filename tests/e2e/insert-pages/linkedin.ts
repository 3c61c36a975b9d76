// LinkedIn (classic): the post's comment box, and under each comment a Reply that opens a reply box
// inside that comment. Every box is a real Quill 1.3.7 editor.
// @ts-expect-error quill 1.3.7 ships no type declarations (and @types/quill is not a dependency)
import QuillModule from 'quill';
import { keyOf, later, postButton, trackBox } from './thread-api';

const Quill = QuillModule as new (container: HTMLElement, options: object) => { getText(): string; setText(text: string): void };

function commentBox(key: string, placeholder: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'comments-comment-box';
  const container = document.createElement('div');
  container.className = 'comments-comment-texteditor';
  container.style.cssText = 'min-height:40px;width:480px;border:1px solid #999;padding:4px;display:block;';
  box.append(container);
  const quill = new Quill(container, { modules: { toolbar: false }, placeholder });
  const read = () => quill.getText().replace(/\n$/, '');
  trackBox(key, read);
  box.append(postButton('Post', key, read, () => quill.setText('')));
  return box;
}

document.getElementById('post-box')!.append(commentBox('post', 'Add a comment…'));

for (const button of document.querySelectorAll<HTMLElement>('button.comments-comment-social-bar__reply-action-button')) {
  button.addEventListener('click', () => {
    const item = button.closest('article.comments-comment-item')!;
    if (item.querySelector('.comments-comment-box')) return;
    later(() => item.querySelector('.comments-comment-item__nested-items')!.append(commentBox(keyOf(button), 'Add a reply…')));
  });
}
