import { defineSite } from './define-site';

// Google Maps place panel (reviews in the overview and the Reviews tab).
// Class names (jftiEf, wiI7pd) are generated but have held since 2021; data-review-id and aria are the stable hooks.
export const googleMaps = defineSite({
  id: 'google-maps',
  name: 'Google Maps',
  matches: [
    'https://www.google.com/maps*',
    'https://www.google.co.uk/maps*',
    'https://www.google.ca/maps*',
    'https://www.google.com.au/maps*',
    'https://www.google.de/maps*',
    'https://www.google.fr/maps*',
    'https://www.google.es/maps*',
    'https://www.google.it/maps*',
    'https://www.google.nl/maps*',
    'https://www.google.co.in/maps*',
    'https://maps.google.com/*',
  ],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'Google', maxChars: 4096, assumed: false, preferred: 'medium' },
  items: [
    {
      kind: 'review',
      container: [
        'div.jftiEf[data-review-id]', // place overview 2023
        'div[data-review-id][aria-label][jslog]', // same block without the generated class
      ],
      id: [':scope@data-review-id'],
      author: ['.d4r55', ':scope@aria-label'],
      authorUrl: ['button[data-href*="/contrib/"]@data-href'],
      text: ['.wiI7pd', '.MyEned'], // "More" is a button: left out of the text
      time: ['.rsqaWe', 'span[role="img"][aria-label] + span'],
      rating: ['.kvMYJc[role="img"][aria-label]', 'span[role="img"][aria-label*="star"]'],
      ownerReply: {
        container: ['.CDe7pd'], // "Response from the owner", 2023
        text: ['.wiI7pd', 'div[lang]'],
        time: ['.DZSIDd', 'span + span'],
      },
    },
  ],
  reply: {
    // Owners answer from the review's action menu when signed in as the business (unverified: no saved page).
    open: ['button[data-review-id][aria-label^="Reply"]', 'button[jsaction*="reply"]'],
    box: ['textarea[aria-label*="reply" i]', 'textarea[jsname]'],
    place: 'inside',
    editor: 'textarea',
  },
  // Everyone who is not signed in as the business answers in the Business Profile.
  repliesElsewhere: {
    where: 'in your Google Business Profile (business.google.com)',
    url: 'https://business.google.com/',
    unlessBoxOnPage: true,
  },
  expectsItems: ['button[jsaction*="pane.review"]', '[data-review-id]'],
});
