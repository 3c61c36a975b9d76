import { defineSite } from './define-site';

// Amazon product reviews (product-reviews list, 2024); the same data-hooks appear on product pages.
export const amazon = defineSite({
  id: 'amazon',
  name: 'Amazon',
  matches: [
    'https://www.amazon.com/*',
    'https://www.amazon.ca/*',
    'https://www.amazon.com.mx/*',
    'https://www.amazon.com.br/*',
    'https://www.amazon.co.uk/*',
    'https://www.amazon.de/*',
    'https://www.amazon.fr/*',
    'https://www.amazon.it/*',
    'https://www.amazon.es/*',
    'https://www.amazon.nl/*',
    'https://www.amazon.se/*',
    'https://www.amazon.pl/*',
    'https://www.amazon.com.be/*',
    'https://www.amazon.com.tr/*',
    'https://www.amazon.ae/*',
    'https://www.amazon.sa/*',
    'https://www.amazon.in/*',
    'https://www.amazon.co.jp/*',
    'https://www.amazon.sg/*',
    'https://www.amazon.com.au/*',
  ],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'Amazon', maxChars: 5000, assumed: true, preferred: 'medium' },
  items: [
    {
      kind: 'review',
      container: ['div[data-hook="review"]'], // product-reviews 2024
      id: [':scope@id'],
      author: ['.a-profile-name'],
      authorUrl: ['a.a-profile[href]@href'],
      title: ['[data-hook="review-title"] > span:not(.a-letter-space):last-child', '[data-hook="review-title"]'],
      text: ['[data-hook="review-body"]'],
      textSkip: ['.a-expander-prompt', '[data-hook="review-body-read-more"]'],
      time: ['[data-hook="review-date"]'],
      rating: ['[data-hook="review-star-rating"]', '[data-hook="cmps-review-star-rating"]'],
      permalink: ['a[data-hook="review-title"]', 'a[href*="/customer-reviews/"]'],
    },
  ],
  // Amazon has no public reply box for sellers (comments were removed in 2022).
  repliesElsewhere: {
    where: 'by contacting the buyer from Seller Central (Amazon has no public reply to reviews)',
    url: 'https://sellercentral.amazon.com/',
  },
  expectsItems: ['#cm_cr-review_list', '[data-hook="top-customer-reviews-widget"]'],
});
