import { defineSite } from './define-site';

// TikTok video pages (2025). Class names are emotion hashes with readable suffixes
// (`css-…-DivCommentItemWrapper`): matched by substring; data-e2e is the stablest hook.
export const tiktok = defineSite({
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  items: [
    {
      kind: 'comment',
      container: ['div[class*="DivCommentItemWrapper"]'], // video page 2025 (logged out)
      author: ['[data-e2e^="comment-username-"] a[href*="/@"]', '[data-e2e^="comment-username-"]'],
      text: ['span[data-e2e^="comment-level-"]'],
      time: ['div[class*="DivCommentSubContentWrapper"] > span:first-child'],
      // Replies sit in the thread's reply container, after the top comment, not inside it.
      threadParent: { ancestor: 'div[class*="DivCommentObjectWrapper"]', item: 'div[class*="DivCommentItemWrapper"]' },
      nestedKind: 'reply',
    },
  ],
  reply: {
    open: ['[data-e2e^="comment-reply-"][role="button"]'],
    // Draft.js input, shown only when signed in (unverified: the saved page is logged out).
    box: ['[data-e2e="comment-input"] [contenteditable="true"]', 'div[class*="DivCommentInputContainer"] [contenteditable="true"]'],
    // One input under the video; Reply prefills "Reply to @handle" (unverified: signed-in only).
    place: 'composer',
    mention: 'handle',
    editor: 'draftjs',
  },
  expectsItems: ['[data-e2e="comment-list"]', 'div[class*="DivCommentListContainer"]'],
});
