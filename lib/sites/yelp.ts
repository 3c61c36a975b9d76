import { defineSite } from './define-site';

// Yelp business pages: the 2017–2018 markup (verified) and the 2022+ `y-css` markup (unverified:
// no saved page; written from public knowledge, hooks are aria-labels and hrefs, not hashed classes).
export const yelp = defineSite({
  id: 'yelp',
  name: 'Yelp',
  matches: [
    'https://www.yelp.com/*',
    'https://www.yelp.ca/*',
    'https://www.yelp.co.uk/*',
    'https://www.yelp.com.au/*',
    'https://www.yelp.ie/*',
    'https://www.yelp.de/*',
    'https://www.yelp.fr/*',
    'https://www.yelp.es/*',
    'https://www.yelp.it/*',
    'https://biz.yelp.com/*',
  ],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'Yelp', maxChars: 5000, assumed: true, preferred: 'medium' },
  items: [
    {
      kind: 'review',
      container: [
        'div.review[data-review-id]', // biz page 2018 TODO [2027-01-01]: Drop
        '#reviews ul > li:has(div[aria-label$="star rating"])', // 2022+ (unverified)
        'li:has(> div [class*="review__"] p[class*="comment__"])', // 2022+ (unverified)
      ],
      // The first `ul.reviews > li` of 2018 is the signed-in user's own "Start your review" widget.
      excludeContainer: ['.review--with-sidebar:not([data-review-id])'],
      id: [':scope@data-review-id'],
      author: ['.user-display-name', 'a[href*="/user_details?userid="]:not(:has(img))'],
      text: ['.review-content p[lang]', 'p[class*="comment__"] span[lang]', 'p[class*="comment__"]'],
      time: ['.review-content .rating-qualifier', 'div[aria-label$="star rating"] ~ div span', '.rating-qualifier'],
      rating: ['.i-stars[title]', 'div[aria-label$="star rating"]'],
      permalink: ['a[href*="/biz_share/"][href*="/review/"]', 'a[href*="hrid="]'],
      ownerReply: {
        container: ['.biz-owner-reply', '[class*="bizOwnerReply"]'],
        author: ['.biz-owner-reply-header strong', '.user-display-name'],
        text: ['.biz-owner-reply-body', 'p'],
        time: ['.bullet-after', 'span'],
      },
    },
  ],
  // The public page has no reply box: owners answer from Yelp for Business (biz.yelp.com).
  repliesElsewhere: { where: 'in your Yelp for Business account (biz.yelp.com)', url: 'https://biz.yelp.com/' },
  expectsItems: ['[data-review-id]', '#reviews', 'section[aria-label="Recommended Reviews"]'],
});
