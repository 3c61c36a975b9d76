import { defineSite } from './define-site';

// The extension's own demo page (entrypoints/demo/): runs on an extension page, so no match patterns.
export const demo = defineSite({
  id: 'demo',
  name: 'Replybook demo',
  matches: [],
  wiredByPage: true,
  items: [
    {
      kind: 'reply',
      isOwnerReply: true,
      container: ['article.rb-demo-item[data-item-id][data-owner="true"]'],
      id: [':scope@data-item-id'],
      author: ['.rb-demo-author'],
      text: ['.rb-demo-text'],
      time: ['time[datetime]', 'time'],
    },
    {
      kind: 'review',
      container: ['article.rb-demo-item[data-item-id][data-kind="review"]:not([data-owner="true"])'],
      id: [':scope@data-item-id'],
      author: ['.rb-demo-author'],
      text: ['.rb-demo-text'],
      time: ['time[datetime]', 'time'],
      rating: ['.rb-demo-rating@data-rating'],
    },
    {
      kind: 'comment',
      container: ['article.rb-demo-item[data-item-id]:not([data-owner="true"])'],
      id: [':scope@data-item-id'],
      author: ['.rb-demo-author'],
      text: ['.rb-demo-text'],
      time: ['time[datetime]', 'time'],
      rating: ['.rb-demo-rating@data-rating'],
      nestedKind: 'reply',
    },
  ],
  reply: {
    open: ['button.rb-demo-reply'],
    box: ['textarea.rb-demo-box'],
    place: 'inside', // each item's composer opens inside it
    editor: 'textarea',
  },
  expectsItems: ['.rb-demo-item'],
});
