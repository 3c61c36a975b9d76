import { defineSite } from './define-site';

// Disqus embed (the iframe document from disqus.com/embed/comments), recognised by markup.
export const disqus = defineSite({
  id: 'disqus',
  name: 'Disqus',
  matches: [],
  detect: ['#disqus_thread', '#posts ul#post-list li.post', 'li.post [data-role="post-content"]'],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'Disqus', maxChars: 5000, assumed: true, preferred: 'medium' },
  items: [
    {
      kind: 'comment',
      container: ['li.post'], // embed 2018 (Russian UI)
      id: [':scope@id'],
      author: ['.post-byline .author', '[data-action="profile"][data-username]:not(:has(img))'],
      authorUrl: ['.post-byline .author a@href', 'a[data-action="profile"]@href'],
      text: ['.post-message', '[data-role="message"]'],
      textSkip: ['[data-action="see-more"]'],
      time: ['.post-meta a.time-ago', 'a[data-role="relative-time"]'],
      permalink: ['.post-meta a.time-ago', 'a[data-role="relative-time"]'],
      nestedKind: 'reply',
      // Moderators (the site's owner) carry a "Mod" badge (embed 2018: none among the 50).
      ownerMarker: { badge: ['.post-byline .badge.moderator', '.post-byline [data-role="moderator-badge"]'] },
    },
  ],
  reply: {
    open: ['[data-action="reply"]'],
    // The top-of-thread box writes a new comment; Reply opens one inside the comment's `li.post`.
    box: ['div.textarea[contenteditable="true"][role="textbox"]', '[data-role="editable"][contenteditable="true"]'],
    place: 'inside',
    postComposer: ['#form [contenteditable="true"]', '.textarea-wrapper--top-level [contenteditable="true"]'], // embed 2018
    mention: 'name',
    editor: 'contenteditable',
  },
  expectsItems: ['#post-list', '[data-role="post-content"]'],
});
