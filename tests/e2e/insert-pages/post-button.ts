import type { TestPageApi } from '../editor-pages/page-api';

/** Counts every press of the site's Post button (`#post`) and every form submit: Replybook must cause none. */
export function countPosts(api: TestPageApi): void {
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('#post')) api.submits += 1;
    },
    true,
  );
  document.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      api.submits += 1;
    },
    true,
  );
}
