import { defineSite } from './define-site';

// X (Twitter): timeline and status pages, on x.com and twitter.com.
export const x = defineSite({
  id: 'x',
  name: 'X (Twitter)',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'X', maxChars: 280, assumed: false, preferred: 'short', counting: 'x-weighted' },
  directMessages: true, // people who comment here can be messaged
  items: [
    {
      kind: 'post',
      container: ['article[data-testid="tweet"]'], // home timeline 2025
      author: ['[data-testid="User-Name"] a[role="link"] span', '[data-testid="User-Name"]'],
      authorUrl: ['[data-testid="User-Name"] a[role="link"]@href'],
      text: ['[data-testid="tweetText"]'],
      preLine: true, // tweet text keeps its "\n" in text nodes (white-space: pre-wrap)
      time: ['time[datetime]'],
      permalink: ['a[href*="/status/"]:has(> time)', 'time'],
      nestedKind: 'reply',
      // Status pages: the focused post (`tabindex="-1"`; timeline posts have 0) names the status author,
      // and their posts further down the conversation are the account's own replies. Public knowledge:
      // the saved page is a home timeline (6 posts, all tabindex 0, so none is marked), and
      // tests/sites/pages/x-status-thread.html rebuilds a status page from its markup.
      ownerMarker: {
        postAuthorUrl: [
          'article[data-testid="tweet"][tabindex="-1"] [data-testid="User-Name"] a[role="link"]:not([href*="/status/"])@href',
        ],
        // The conversation is flat: the account's reply follows the post it answers.
        answersItemBefore: true,
      },
    },
  ],
  reply: {
    open: ['button[data-testid="reply"]'], // 2025, aria-label "3 Replies. Reply"
    box: [
      '[role="dialog"] [data-testid^="tweetTextarea_"][contenteditable="true"]', // reply dialog, after Reply
      // Status pages: the inline box answers the focal tweet only; on the home timeline it is the new-post composer.
      '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    ],
    // Status pages: "Post your reply" under the focused post, in `inline_reply_offscreen` right after its
    // article (public knowledge; the home timeline's "What's happening?" box is not in one). Insert for
    // the focused post types there; every other post's Reply opens the dialog.
    postComposer: ['[data-testid="inline_reply_offscreen"] [data-testid^="tweetTextarea_"][contenteditable="true"]'],
    postComposerFollowsPost: true,
    // Reply opens a dialog saying "Replying to @handle" (a link to the person): that dialog's box is the tweet's.
    place: 'dialog',
    dialog: ['[role="dialog"]'],
    editor: 'draftjs',
  },
  expectsItems: ['[data-testid="primaryColumn"] [data-testid="cellInnerDiv"] article'],
});
