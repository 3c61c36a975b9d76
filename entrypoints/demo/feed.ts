/**
 * The demo feed: made-up people and words, written for Replybook, covering every
 * playbook (fans, detractors, the lukewarm, questions, threats, a troll).
 */
export interface DemoEntry {
  id: string;
  section: 'Reviews' | 'Comments on “Winter menu is here”';
  kind: 'review' | 'comment' | 'reply';
  author: string;
  handle: string;
  /** Hours before page load. */
  hoursAgo: number;
  rating?: number;
  text: string;
  owner?: boolean;
}

export const DEMO_FEED: DemoEntry[] = [
  { id: 'r-101', section: 'Reviews', kind: 'review', author: 'Priya Raman', handle: 'priya.raman', hoursAgo: 3, rating: 5, text: 'The cardamom bun is ridiculous in the best way. Staff remembered my order on my second visit! 😍' },
  { id: 'r-102', section: 'Reviews', kind: 'review', author: 'Tom Becker', handle: 'tbecker', hoursAgo: 5, rating: 1, text: 'Waited 25 minutes for a flat white that arrived lukewarm. The barista shrugged when I mentioned it. Not coming back.' },
  { id: 'r-103', section: 'Reviews', kind: 'review', author: 'Lena Ortiz', handle: 'lena_o', hoursAgo: 9, rating: 3, text: 'Nice space, decent coffee. Nothing special though, and it was pretty loud for working.' },
  { id: 'r-104', section: 'Reviews', kind: 'review', author: 'Marcus Hill', handle: 'mhill', hoursAgo: 14, rating: 2, text: 'Ordered beans online two weeks ago and they still have not shipped. I want a refund if they are not here by Friday.' },
  { id: 'r-104-owner', section: 'Reviews', kind: 'reply', author: 'Harbor & Pine Coffee', handle: 'harborpine', hoursAgo: 12, text: 'Marcus, so sorry about the wait. We have emailed you a tracking link and a credit. — Maya', owner: true },
  { id: 'r-105', section: 'Reviews', kind: 'review', author: 'Aiko Tanaka', handle: 'aiko.t', hoursAgo: 20, rating: 5, text: 'Best pour-over in the neighbourhood. Thank you for the oat milk option!' },
  { id: 'r-106', section: 'Reviews', kind: 'review', author: 'Dave Kowalski', handle: 'davek', hoursAgo: 26, rating: 1, text: 'Found a piece of plastic in my muffin. If I do not hear back today I am posting photos everywhere and calling the local news.' },
  { id: 'r-107', section: 'Reviews', kind: 'review', author: 'Sofia Marin', handle: 'sofiam', hoursAgo: 30, rating: 4, text: 'Lovely brunch. The eggs were a bit cold, but the staff fixed it right away.' },
  { id: 'r-108', section: 'Reviews', kind: 'review', author: 'Greg Olsen', handle: 'golsen', hoursAgo: 41, rating: 1, text: 'I slipped on your wet floor with no sign. My lawyer will be in touch about the medical bills.' },
  { id: 'r-109', section: 'Reviews', kind: 'review', author: 'Nadia Haddad', handle: 'nadia.h', hoursAgo: 52, rating: 4, text: 'Good coffee, friendly people.\nWould love more seating outside in summer.' },
  { id: 'r-110', section: 'Reviews', kind: 'review', author: 'Chris P.', handle: 'chrisp', hoursAgo: 70, rating: 2, text: 'Prices went up again. $6.50 for a latte is too much for what you get.' },
  { id: 'c-201', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Jamie Lee', handle: 'jamielee', hoursAgo: 1, text: 'Is the gingerbread latte available with oat milk? 🙏' },
  { id: 'c-202', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Rob Nguyen', handle: 'robn', hoursAgo: 2, text: 'Finally!!! The chestnut mocha is back, I have been waiting all year ❤️' },
  { id: 'c-203', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'xX_darkroast_Xx', handle: 'darkroast666', hoursAgo: 2, text: 'lol who even drinks this overpriced garbage, you people are idiots' },
  { id: 'c-204', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Helen Brooks', handle: 'hbrooks', hoursAgo: 4, text: 'What are your opening hours on Christmas Eve?' },
  { id: 'c-205', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Omar Farouk', handle: 'ofarouk', hoursAgo: 6, text: 'Still waiting for a reply to my email about the catering order from last week.' },
  { id: 'c-206', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Beth Carter', handle: 'bethc', hoursAgo: 7, text: 'Tried the new menu yesterday. It was fine.' },
  { id: 'c-207', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Yusuf Demir', handle: 'ydemir', hoursAgo: 8, text: 'The staff at the Harbor Street shop were so rude to my mum this morning. Really disappointed.' },
  { id: 'c-208', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Anna Schmidt', handle: 'annas', hoursAgo: 11, text: 'Your baristas are the nicest people in town. Thank you for making my mornings better!' },
  { id: 'c-209', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Leo M.', handle: 'leo.m', hoursAgo: 15, text: 'Can I cancel my subscription box? The website keeps giving me an error.' },
  { id: 'c-210', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Grace Kim', handle: 'gracek', hoursAgo: 22, text: 'Meh. Liked the old menu better.' },
  { id: 'c-211', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Pedro Alves', handle: 'palves', hoursAgo: 28, text: 'Brought my whole team here for a meeting — great coffee and the wifi actually works. We will be back.' },
  { id: 'c-212', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Zoe Turner', handle: 'zoet', hoursAgo: 33, text: 'The cups say compostable but the lids are plastic. Not exactly green, is it?' },
  { id: 'c-213', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Ibrahim Said', handle: 'isaid', hoursAgo: 45, text: 'My order was wrong twice this week. Fix it or I will leave one-star reviews on every site I can find.' },
  { id: 'c-214', section: 'Comments on “Winter menu is here”', kind: 'comment', author: 'Mia Rossi', handle: 'miarossi', hoursAgo: 60, text: 'ok' },
];
