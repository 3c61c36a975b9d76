import { defineSite } from './define-site';

// Facebook: www (Comet, 2022–2025), m.facebook.com (2022) and the Page Reviews tab.
// Atomic classes (x1lliihq…) change often: only roles, aria, dir, data-* and hrefs are used.
export const facebook = defineSite({
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  // Comments sit under posts on nearly every path (feed, pages, groups, photos, videos, reviews)
  // and the site navigates in-app: a broad match, idle where no post can be shown.
  paths: {
    never: [
      '^/(messages|settings|notifications|friends|marketplace|gaming|bookmarks|login|checkpoint|recover|help|privacy|policies|adsmanager|business|ads/manager)(/|$)',
    ],
  },
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'Facebook', maxChars: 8000, assumed: true, preferred: 'short' },
  directMessages: true, // people who comment here can be messaged
  items: [
    {
      kind: 'post',
      container: [
        'div[role="article"][aria-posinset]', // www feed and post pages, 2022–2025
      ],
      author: [
        ':is(h2, h3, h4) strong', // www 2022–2025 (post header)
        ':is(h2, h3, h4) a[role="link"]',
      ],
      text: [
        '[data-ad-preview="message"]', // www 2022–2025
        '[data-ad-comet-preview="message"]', // www 2023+
      ],
      permalink: ['a[href*="/posts/"]', 'a[href*="story_fbid="]', 'a[href*="/permalink/"]'],
    },
    {
      kind: 'comment',
      container: [
        // Comments carry an aria-label ("Comment by NAME a week ago", "NAME的留言28週前"); posts do not.
        'div[role="article"][aria-label]:not([aria-posinset])', // www 2022–2025, any locale
        'div[data-sigil="comment"]', // m.facebook.com 2022
      ],
      author: [
        'a[href*="comment_id"]:not([aria-hidden="true"]) span[dir="auto"]', // www: 1st comment_id link is the avatar
        'a[href*="fref=nf"]:not([data-click])', // m.facebook.com 2022
      ],
      text: [
        'span[dir="auto"][lang]', // www 2022–2025
        'div[data-sigil="comment-body"]', // m.facebook.com 2022
      ],
      // The time link is the only comment_id link inside the action bar `ul` (README: `li a` hits the avatar).
      time: [':scope ul a[href*="comment_id"]', 'div[data-sigil="ufi-inline-comment-actions"] abbr'],
      id: ['div[data-sigil="comment"]:scope@id'], // m.facebook.com: the comment id; www uses the permalink
      permalink: [':scope ul a[href*="comment_id"]', 'a[href*="comment_id"]'],
      // The identity badge beside the name: "Author" (post 2025: all 10 comments) or "Top fan"; only Author is the owner.
      ownerMarker: {
        badge: ['[aria-label="View information about identity badges"]'],
        badgeText: ['Author', '作者', 'Autor', 'Auteur', 'Autore', 'Penulis', 'Autor(a)'],
      },
    },
  ],
  reply: {
    open: [
      ':scope ul div[role="button"]:not([aria-label])', // www: Like and React carry labels, Reply does not
      'a[data-uri*="/comment/replies/"]', // m.facebook.com 2022
    ],
    openText: ['Reply', '回覆', 'Responder', 'Répondre', 'Antworten', 'Rispondi', 'Balas'],
    // Comment composers sit in a <form>; the Messenger chat box ("Message") does not.
    // Reply opens a box under the comment's replies ("Write a reply…"), the comment's @mention prefilled
    // for a reply to a reply; the post's own composer ("Write a comment") writes a new top-level comment.
    place: 'after',
    postComposer: [
      'form [role="textbox"][aria-label^="Write a comment"]', // www, English UI
      'form [role="textbox"][aria-label^="Comment as"]',
      'form [role="textbox"][aria-label^="留言"]', // zh-TW 2024
      'form [role="textbox"][aria-label^="Escribe un comentario"]',
      'textarea#composerInput', // m.facebook.com: the page's one composer
    ],
    mention: 'name',
    box: [
      'form div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', // www Apr 2022+
      'form div[role="textbox"][contenteditable="true"]', // www before Apr 2022 (data-outline-editor)
      'textarea#composerInput', // m.facebook.com 2022
    ],
    editor: 'lexical',
  },
  expectsItems: [
    'div[role="article"] a[href*="comment_id"]', // a comment permalink without a recognised comment
    // Reviews tab with recommendations (unverified: the only saved Reviews tab is empty).
    'a[role="tab"][href*="sk=reviews"][aria-selected="true"] ~ * div[role="article"]',
  ],
});
