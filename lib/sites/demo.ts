import type { SiteAdapter } from './types';

/** Replybook's own demo feed (entrypoints/demo), written by us in a brand-page layout. */
export const demo: SiteAdapter = {
  id: 'demo',
  name: 'Demo page',
  matches: [],
  items: [
    {
      kind: 'comment',
      container: ['article.rb-demo-item[data-item-id]'],
      idAttribute: 'data-item-id',
      author: ['.rb-demo-author'],
      authorUrl: ['a.rb-demo-author[href]'],
      text: ['.rb-demo-text'],
      time: ['time[datetime]'],
      rating: ['.rb-demo-rating[data-rating]'],
      ownerReply: ['[data-owner="true"]'],
    },
  ],
  reply: {
    open: ['button.rb-demo-reply'],
    box: ['textarea.rb-demo-box'],
    editor: 'textarea',
  },
  expectsItems: ['.rb-demo-feed'],
};
