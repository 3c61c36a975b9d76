import { defineSite } from './define-site';

// Trustpilot company pages (2025): stable `data-*-typography` hooks on every field.
export const trustpilot = defineSite({
  id: 'trustpilot',
  name: 'Trustpilot',
  matches: ['https://www.trustpilot.com/*', 'https://*.trustpilot.com/*'],
  // Reviews are on a business's page (/review/<domain>) and a review's own (/reviews/<id>). The
  // site is a Next.js app that can move in-app from search or a category to a business: a broad
  // match, idle on every other path.
  paths: { only: ['^/reviews?(/|$)'] },
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'Trustpilot', maxChars: 2000, assumed: true, preferred: 'medium' },
  items: [
    {
      kind: 'review',
      // 24 cards carry the attribute; 4 are ads or empty shells without review content.
      container: ['article[data-service-review-card-paper]:has([data-review-content])'],
      author: ['[data-consumer-name-typography]'],
      authorUrl: ['a[href*="/users/"]@href'],
      title: ['[data-service-review-title-typography]'],
      text: ['[data-service-review-text-typography]'],
      time: ['time[data-service-review-date-time-ago]', 'time[datetime]'],
      rating: ['[data-service-review-rating]@data-service-review-rating'],
      permalink: ['a[href*="/reviews/"][data-review-title-typography]', 'a[href*="/reviews/"]'],
      ownerReply: {
        container: [
          'div:has(> * > [data-service-review-business-reply-text-typography])',
          ':has(> [data-service-review-business-reply-text-typography])',
        ],
        author: ['[data-service-review-business-reply-title-typography]'],
        text: ['[data-service-review-business-reply-text-typography]'],
        time: ['time[datetime]'],
      },
    },
  ],
  // The public page has no reply box: companies answer in Trustpilot Business.
  repliesElsewhere: { where: 'in your Trustpilot business account (business.trustpilot.com)', url: 'https://business.trustpilot.com/' },
  expectsItems: ['[data-service-review-card-paper]'],
});
