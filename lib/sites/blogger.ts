import { defineSite } from './define-site';

// Blogger / Blogspot comment threads (2013+ threaded layout), on any host.
export const blogger = defineSite({
  id: 'blogger',
  name: 'Blogger',
  matches: [],
  detect: ['.comments .comment-thread li.comment', '#comment-holder li.comment', 'iframe#comment-editor'],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'the blog', maxChars: 5000, assumed: true, preferred: 'medium' },
  items: [
    {
      kind: 'comment',
      container: ['.comment-thread li.comment', '#comment-holder li.comment'], // blogspot 2020 (German UI)
      id: [':scope@id'],
      author: ['cite.user', '.user'],
      text: ['.comment-content', 'p.comment-content'],
      time: ['.datetime a', '.datetime'],
      permalink: ['.datetime a[href*="showComment="]'],
      nestedKind: 'reply',
      // The blog's author: an icon `span.icon.user.blog-author` after the name (blogspot 2020: the 2nd comment).
      ownerMarker: { badge: ['.comment-header .blog-author', '.blog-author'] },
    },
  ],
  reply: {
    open: ['a.comment-reply[data-comment-id]'],
    // Blogger's editor is a cross-origin iframe: text cannot be typed into it from the page.
    box: ['iframe#comment-editor'],
    place: 'inside',
    movesOneForm: true, // the form moves into the comment's `li` (`.comment-replybox-single`)
    editor: 'iframe',
  },
  expectsItems: ['.comments #comment-holder', '.comment-thread'],
});
