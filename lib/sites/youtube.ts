import { defineSite } from './define-site';

// YouTube watch pages: Polymer 2018 (`ytd-comment-renderer`) and the 2024+ `ytd-comment-view-model`.
// The 2024+ selectors come from public knowledge of the current markup: no saved page has it.
export const youtube = defineSite({
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'YouTube', maxChars: 10_000, assumed: false, preferred: 'short' },
  directMessages: true, // people who comment here can be messaged
  items: [
    {
      kind: 'comment',
      container: [
        'ytd-comment-thread-renderer ytd-comment-view-model', // 2024+ (unverified)
        'ytd-comment-thread-renderer ytd-comment-renderer', // 2018 TODO [2027-01-01]: Drop
      ],
      // Ids repeat on every comment (Polymer): `[id="x"]` finds them where `#x` would stop at the first.
      author: ['a[id="author-text"]', '[id="author-text"]'],
      text: ['[id="content-text"]'],
      preLine: true,
      time: ['[id="published-time-text"] a', '[id="header-author"] a[href*="lc="]'],
      permalink: ['[id="published-time-text"] a[href*="lc="]', '[id="header-author"] a[href*="lc="]'],
      // Replies sit in the thread's `ytd-comment-replies-renderer`, beside the top comment, not inside it.
      threadParent: { ancestor: 'ytd-comment-thread-renderer', item: ':scope > [id="comment"]' },
      nestedKind: 'reply',
      ownerMarker: {
        // The channel's own comments carry the creator badge (public knowledge: the 2018 page has none).
        badge: ['ytd-author-comment-badge-renderer[creator]', '[id="author-comment-badge"] [creator]'],
        // And link to the video's channel (2018 page: `ytd-video-owner-renderer` links it as /user/ and
        // /channel/; none of its 35 comments is the channel's).
        postAuthorUrl: ['ytd-video-owner-renderer a[href]@href', 'ytd-watch-metadata ytd-channel-name a[href]@href'],
      },
    },
  ],
  reply: {
    open: ['[id="reply-button-end"] button', '[id="reply-button-end"] ytd-button-renderer'],
    // Reply opens a commentbox in the comment's own `#reply-dialog`; the one above the list writes a new comment.
    place: 'inside',
    postComposer: [
      'ytd-comments-header-renderer [id="contenteditable-root"]',
      'ytd-comment-simplebox-renderer [id="contenteditable-root"]',
    ],
    mention: 'handle',
    box: [
      'ytd-commentbox [id="contenteditable-root"][contenteditable="true"]', // 2020+ box, after Reply
      '[id="contenteditable-root"][contenteditable="true"]',
    ],
    editor: 'contenteditable',
  },
  expectsItems: ['ytd-comment-thread-renderer'],
});
