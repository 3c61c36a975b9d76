import { defineSite } from './define-site';

// LinkedIn feed and post pages: classic markup (2022) and the hashed-class markup (2026).
export const linkedin = defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  // Comments appear on the feed, posts, company and profile activity, all reached in-app: a broad
  // match, idle in messaging, jobs, learning, network, settings and sign-in.
  paths: {
    never: [
      '^/(messaging|jobs|learning|mynetwork|settings|psettings|mypreferences|help|sales|talent|premium|login|checkpoint|uas|signup|games)(/|$)',
    ],
  },
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'LinkedIn', maxChars: 1250, assumed: false, preferred: 'medium' },
  directMessages: true, // people who comment here can be messaged
  items: [
    {
      kind: 'post',
      container: [
        'div.feed-shared-update-v2[data-urn^="urn:li:activity"]', // classic 2022 TODO [2027-01-01]: Drop
        '[role="listitem"][componentkey]', // 2026 (hashed classes; the classic ones match nothing)
      ],
      id: [':scope@data-urn', ':scope@componentkey'],
      author: [
        '.feed-shared-actor__name', // classic 2022
        '[aria-label^="Open control menu for post by "]@aria-label', // 2026, English UI
      ],
      authorPattern: '^(?:Open control menu for post by )?(.+)$',
      text: [
        '.feed-shared-text', // classic 2022
        '[data-testid="expandable-text-box"]', // 2026
      ],
      textSkip: ['[data-testid="expandable-text-button"]', '.feed-shared-inline-show-more-text__see-more-less-toggle'],
      time: ['.feed-shared-actor__sub-description span[aria-hidden="true"]'],
    },
    {
      kind: 'comment',
      container: ['article.comments-comment-item'], // classic 2022 (no 2026 page with open comments)
      id: [':scope@data-id'],
      author: ['.comments-post-meta__name-text span[data-entity-hovercard-id]', '.comments-post-meta__name-text'],
      text: ['.comments-comment-item-content-body', '.comments-highlighted-comment-item-content-body'],
      time: ['time.comments-comment-item__timestamp', 'time'],
      nestedKind: 'reply',
      ownerMarker: {
        // "Author" label beside the post author's comments: the class is in LinkedIn's own stylesheet
        // (inline CSS of the 2026 page); no saved page shows it on a comment.
        badge: ['.comments-post-meta__author-badge'],
        // The post's author, named in the post's header (classic 2022, verified); the 2022 comment is not theirs
        // (tests/sites/pages/linkedin-author-reply.html adds their reply in the same markup).
        postAuthor: ['.feed-shared-actor__name', '.update-components-actor__name span[aria-hidden="true"]'],
        postScope: ['div.feed-shared-update-v2', '[data-urn^="urn:li:activity"]'],
      },
    },
  ],
  reply: {
    open: [
      'button.comments-comment-social-bar__reply-action-button', // classic 2022, comment
      'button.comment-button', // classic 2022, post
      'button[aria-label="Comment"]', // 2026 (unverified label)
    ],
    openText: ['Comment', 'Reply'],
    // Reply opens a Quill box inside the comment; the post's box sits inside the post.
    place: 'inside',
    box: [
      '.comments-comment-box .ql-editor[contenteditable="true"]', // classic 2022: Quill
      'div[role="textbox"][contenteditable="true"]', // 2026 (unverified: no open box saved)
    ],
    editor: 'quill',
  },
  expectsItems: ['button[aria-label="Open reactions menu"]', '.feed-shared-update-v2'],
});
