import { defineSite } from './define-site';

// Tripadvisor review lists: the 2019 markup (verified) and the 2022+ `data-automation` cards (unverified).
export const tripadvisor = defineSite({
  id: 'tripadvisor',
  name: 'Tripadvisor',
  matches: [
    'https://www.tripadvisor.com/*',
    'https://www.tripadvisor.co.uk/*',
    'https://www.tripadvisor.ca/*',
    'https://www.tripadvisor.com.au/*',
    'https://www.tripadvisor.de/*',
    'https://www.tripadvisor.fr/*',
    'https://www.tripadvisor.es/*',
    'https://www.tripadvisor.it/*',
    'https://www.tripadvisor.in/*',
  ],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'Tripadvisor', maxChars: 5000, assumed: true, preferred: 'long' },
  items: [
    {
      kind: 'review',
      container: [
        '.review-container[data-reviewid]', // attraction reviews 2019 TODO [2027-01-01]: Drop
        '[data-automation="reviewCard"]', // 2022+ (unverified)
      ],
      id: [':scope@data-reviewid'],
      author: ['.info_text div:first-child', 'a[href*="/Profile/"]'],
      title: ['.noQuotes', '[data-test-target="review-title"]'],
      text: ['.partial_entry', '[data-test-target="review-body"]', 'span[class*="yCeTE"]'],
      textSkip: ['.postSnippet', '.taLnk.ulBlueLinks'],
      time: ['.ratingDate@title', '.ratingDate', '[data-test-target="review-date"]'],
      rating: ['.ui_bubble_rating', 'svg[aria-label*="of 5 bubbles"]@aria-label', 'title'],
      permalink: ['a[href*="ShowUserReviews"]'],
      ownerReply: {
        container: ['.mgrRspnInline', '[data-automation="ownerResponse"]'],
        author: ['.header .responder', '.responder'],
        text: ['.partial_entry', 'p', 'span'],
        time: ['.responseDate@title', '.responseDate'],
      },
    },
  ],
  // The public page has no reply box: owners write a management response in the Management Center.
  repliesElsewhere: { where: 'as a management response in your Tripadvisor Management Center', url: 'https://www.tripadvisor.com/Owners' },
  expectsItems: ['#REVIEWS', '[data-reviewid]', '[data-automation="reviewCard"]'],
});
