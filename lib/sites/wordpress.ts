import { defineSite } from './define-site';

// WordPress comment lists (core `wp_list_comments` markup, HTML5 and older themes), on any host.
export const wordpress = defineSite({
  id: 'wordpress',
  name: 'WordPress',
  matches: [],
  detect: ['ol.comment-list li.comment', 'ol.commentlist li.comment', 'li.comment article.comment-body', '#respond #commentform'],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'the blog', maxChars: 5000, assumed: true, preferred: 'medium' },
  items: [
    {
      kind: 'comment',
      container: ['li.comment', 'li.pingback', 'li.trackback'], // recipe blog 2020 (HTML5 theme)
      id: [':scope@id'],
      author: ['.comment-author .fn', '.comment-author cite', '.comment-author'],
      text: ['.comment-content', '.comment-body > p:not(.comment-meta)'],
      textSkip: ['.reply', '.comment-reply-link'],
      time: ['.comment-metadata time[datetime]', '.comment-meta a', '.comment-metadata a'],
      permalink: ['.comment-metadata a[href*="#comment-"]', '.comment-meta a[href*="#comment-"]'],
      nestedKind: 'reply',
      // Core marks the post author's comments with `bypostauthor` (recipe blog 2020: 36 of 80).
      ownerMarker: { badge: ['li.bypostauthor:scope', 'article.bypostauthor:scope', 'div.bypostauthor:scope'] },
    },
  ],
  reply: {
    open: ['a.comment-reply-link'],
    box: ['#respond textarea#comment', '#respond textarea', 'textarea#comment'],
    // comment-reply.js moves `#respond` into the comment's `li` on Reply; at the page's end it writes a new comment.
    place: 'inside',
    movesOneForm: true,
    // `#respond` where the theme renders it (under `#comments`), not moved into a comment.
    postComposer: ['#comments > #respond textarea', '.comments-area > #respond textarea', 'div:not(li) > #respond textarea'],
    mention: 'name',
    editor: 'textarea',
  },
  expectsItems: ['.comments-area .comment-list', '#comments ol.commentlist'],
});
