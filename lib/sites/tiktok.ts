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
      ownerMarker: {
        // The video's creator: the avatar link beside the video and the name on it (verified, 2025 page,
        // where no comment is the creator's; tests/sites/pages/tiktok-creator-reply.html adds one).
        postAuthorUrl: ['[data-e2e="video-author-avatar"]@href', 'div[class*="DivCreatorInfoContainer"] a[href*="/@"]@href'],
        // "Creator" beside the name (public knowledge): the 2025 page has an empty `p` after each name link there.
        badge: ['[data-e2e^="comment-username-"] > p', '[data-e2e^="comment-username-"] span'],
        badgeText: ['Creator', 'Criador', 'Creador', 'Créateur', 'Ersteller', 'Autore', '作者', 'クリエイター'],
      },
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
