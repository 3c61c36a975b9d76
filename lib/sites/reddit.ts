import { defineSite } from './define-site';

// Reddit: the shreddit web components (2023+) and old.reddit.com.
export const reddit = defineSite({
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*'],
  // Posts and comments are reached in-app from any feed: a broad match, idle in settings,
  // messages, chat, sign-in and the submit form.
  paths: {
    never: [
      '^/(settings|message|chat|login|register|account|premium|prefs|coins|notifications|submit)(/|$)',
      '^/(r|user)/[^/]+/submit(/|$)',
    ],
  },
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'Reddit', maxChars: 10_000, assumed: false, preferred: 'medium' },
  directMessages: true, // people who comment here can be messaged
  items: [
    {
      kind: 'comment',
      container: [
        'shreddit-comment[thingid]', // shreddit 2025
        '.thing.comment[data-fullname]', // old.reddit.com
      ],
      id: [':scope@thingid', ':scope@data-fullname'],
      author: [':scope@author', '[slot="commentMeta"] a[href*="/user/"]', ':scope@data-author'],
      authorUrl: ['[slot="commentMeta"] a[href*="/user/"]@href', '.entry a.author@href'],
      text: ['div[slot="comment"]', '.entry .usertext-body .md'],
      time: ['[slot="commentMeta"] time[datetime]', '.entry time[datetime]'],
      permalink: [':scope@permalink', 'a.bylink@href', ':scope@data-permalink'],
      nestedKind: 'reply',
      // OP: the post's author (shreddit 2025: 0 of 97 comments); old.reddit marks the name `submitter`.
      ownerMarker: { postAuthor: ['shreddit-post@author', '.thing.link@data-author'], badge: ['.entry a.author.submitter'] },
    },
  ],
  reply: {
    open: ['[slot="comment-reply"] button', '.entry a[data-event-action="reply"]', '.entry .reply-button a'],
    // Reply opens the composer inside the comment (shreddit slot; old.reddit: the comment's `.child`).
    place: 'inside',
    // "Join the conversation" above the comments writes a new top-level comment (shreddit 2025).
    postComposer: [
      'comment-body-header shreddit-composer',
      'comment-body-header comment-composer-host',
      'comment-body-header faceplate-textarea-input',
    ],
    box: [
      'shreddit-composer', // hosts a Lexical editor in its shadow root
      'comment-composer-host',
      'faceplate-textarea-input[placeholder]',
      '.usertext-edit textarea[name="text"]', // old.reddit.com
    ],
    editor: 'lexical',
  },
  expectsItems: ['shreddit-comment-tree', '.commentarea'],
});
