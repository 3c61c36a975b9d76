import { defineSite } from './define-site';

// The post author's own comments. The post's permalink names its author (`/<author>/p/<code>/`,
// verified on the 2025 and 2026 pages; relative on the live site). No saved page shows a comment by
// the author: tests/sites/pages/instagram-author-reply.html adds one to the 2026 markup.
const postAuthorsComments = {
  postAuthor: ['a[href*="/p/"]:not([href*="/c/"]):has(time)@href'],
  postAuthorPattern: '^(?:https://www\\.instagram\\.com)?/([^/?#]+)/p/',
  postScope: ['article'],
};

// Instagram post pages: the 2025 markup (`ul._a9z6`) and the 2026 markup without those classes.
export const instagram = defineSite({
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  // Posts open over any page in-app (/p/…, /reel/…, a profile's grid, the feed): a broad match,
  // idle in direct messages, account settings and sign-in.
  paths: { never: ['^/(direct|accounts|emails|challenge|session|legal|about)(/|$)'] },
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'Instagram', maxChars: 2200, assumed: false, preferred: 'short' },
  directMessages: true, // people who comment here can be messaged
  items: [
    {
      kind: 'comment',
      container: ['ul._a9z6 ul._a9ym'], // post page 2025 (generated classes) TODO [2027-01-01]: Drop
      author: ['h3 a[role="link"]'],
      text: ['h3 + div > span[dir="auto"]', 'span._ap3a[dir="auto"]'],
      time: ['a[href*="/c/"] > time[datetime]', 'time[datetime]'],
      permalink: ['a[href*="/c/"]'],
      nestedKind: 'reply',
      ownerMarker: postAuthorsComments,
    },
    {
      kind: 'comment',
      // post page 2026: the block holding the comment permalink and the action buttons.
      container: ['div:has(> div > div > div[role="button"]):has(a[href*="/c/"] > time[datetime])'],
      // On 2025 pages that selector also matches the whole post panel (it holds the comment lists).
      excludeContainer: [':has(ul)'],
      author: ['a[role="link"]:not([href*="/p/"]):not([href*="/c/"]) span[dir="auto"]'],
      text: ['div:has(> span[dir="auto"] > a[href*="/c/"]) + div > span[dir="auto"]'],
      time: ['a[href*="/c/"] > time[datetime]'],
      permalink: ['a[href*="/c/"]'],
      nestedKind: 'reply',
      ownerMarker: postAuthorsComments,
    },
  ],
  reply: {
    openText: ['Reply', 'Responder', 'Répondre', 'Antworten', 'Rispondi', '回覆', '返信'],
    openTextIn: ['button', 'div[role="button"]'],
    // One comment box per post: Reply prefills it with "@handle ".
    place: 'composer',
    mention: 'handle',
    box: [
      'textarea[aria-label^="Add a comment"]', // 2025, 2026 (English UI)
      'form textarea:not([aria-hidden="true"])', // any locale; skips the aria-hidden autosize clone
    ],
    editor: 'textarea',
  },
  expectsItems: ['a[href*="/c/"] > time[datetime]'],
});
