import { PlaybookSchema, type Playbook, type PlaybookInput, type PlaybookKind } from './schema';

/*
 * The shipped playbooks. The advice behind them comes from the texts in
 * ../shared/seeds (answer every complaint with one human voice, apologise for the
 * experience, ask, offer a fix or the next step, go private, follow up, thank; thank
 * fans and invite them in; ask the lukewarm what would have made it great; leave
 * trolls alone). The wording is ours. Templates vary in length and voice so that ten
 * replies on one page do not read as copies of each other.
 */
const DEFAULT_PLAYBOOK_INPUTS: PlaybookInput[] = [
  {
    id: 'troll',
    kind: 'troll',
    name: 'Troll, hate or flame',
    description: 'Insults, slurs, baiting, spam. Not a customer problem to solve in public.',
    engage: false,
    noEngageReason:
      'This reads as abusive or trolling. Replying gives it an audience, so there is nothing to post. Hide or report it if it breaks the site’s rules, and log it as ignored.',
    steps: [
      'Do not reply and do not argue, not even politely.',
      'Hide or report it if it breaks the site’s rules (threats, slurs, spam, personal details).',
      'If it threatens a person, take a screenshot and tell the owner.',
      'Log it as ignored so the team knows it was seen.',
      'If a real complaint hides under the insults, answer that part later in a calm, separate reply.',
    ],
    templates: [],
  },
  {
    id: 'legal',
    kind: 'legal',
    name: 'Legal threat',
    description: 'Mentions of lawyers, lawsuits, regulators or “see you in court”.',
    engage: true,
    steps: [
      'Hold: do not discuss the facts or the case in public.',
      'Do not admit fault or promise compensation; a polite acknowledgement is enough.',
      'Route it to the owner (or whoever handles legal matters) today.',
      'Give one private channel and say the owner will be in touch.',
      'Log the item with a screenshot and the time you saw it.',
    ],
    templates: [
      {
        id: 'legal-received-short',
        intent: 'acknowledge+route',
        length: 'short',
        body: 'Hi {{firstName}}, we have seen this and passed it to the owner of {{brand}}, who will contact you directly. {{signature}}',
      },
      {
        id: 'legal-private-channel',
        intent: 'move-private',
        length: 'medium',
        body: 'Hello {{firstName}}, thank you for letting us know. This needs the right person rather than a comment thread, so I have forwarded it to our owner. Please write to {{email}} with the details you want us to have, and you will hear back from them. {{signature}}',
      },
      {
        id: 'legal-hold-formal',
        intent: 'hold',
        length: 'medium',
        body: 'Hello {{firstName}}, we take what you have raised seriously. We will not go into it here, but it is now with the owner of {{brand}}, who will reply to you personally. If you prefer, you can reach us at {{phone}}. {{signature}}',
      },
      {
        id: 'legal-x-brief',
        intent: 'acknowledge+route',
        length: 'short',
        sites: ['x', 'instagram', 'youtube'],
        body: 'Hi {{firstName}}, noted and passed to our owner. Please send us {{contact}} so we can take it from there privately.',
      },
      {
        id: 'legal-listen',
        intent: 'listen+private',
        length: 'medium',
        body: 'Hi {{firstName}}, I hear that you are unhappy enough to consider this step, and I want you to be heard properly. The owner handles matters like this personally; the quickest way to reach them is {{contact}}. {{replierName}}, {{brand}}',
      },
      {
        id: 'legal-review-hold',
        intent: 'hold',
        length: 'long',
        sites: ['google-maps', 'yelp', 'tripadvisor', 'trustpilot', 'amazon'],
        body: 'Hello {{firstName}}, thank you for your review. Because of what it raises, we will not discuss the details in public, which is fairer to everyone involved. It has been passed to the owner of {{brand}}, who will get in touch with you directly. You are also welcome to contact us at {{email}} or {{phone}}. {{signature}}',
      },
    ],
  },
  {
    id: 'escalation',
    kind: 'escalation',
    name: 'Threat to go public',
    description: '“Fix this or I post it everywhere”: a complaint with a public ultimatum.',
    engage: true,
    steps: [
      'Answer quickly; a fast, calm reply takes the heat out.',
      'Take the person seriously and say someone specific is on it.',
      'Move the details to a private channel right away.',
      'Make no concessions or offers in public; settle the fix in private.',
      'Follow up privately and log what was agreed.',
    ],
    templates: [
      {
        id: 'esc-fast-private',
        intent: 'apologise+private',
        length: 'short',
        body: 'Hi {{firstName}}, sorry this has been so frustrating. I am on it now. Can you reach me at {{contact}} so I can sort it out with you directly? {{signature}}',
      },
      {
        id: 'esc-owner-personal',
        intent: 'take-ownership',
        length: 'medium',
        body: 'Hello {{firstName}}, I am {{replierName}} from {{brand}} and I will look after this myself. I am sorry it got to this point. Please email me at {{email}} with your details and I will reply today. {{signature}}',
      },
      {
        id: 'esc-ask-detail',
        intent: 'ask-detail+private',
        length: 'medium',
        body: 'Hi {{firstName}}, sorry it has come to this; I want to get it right for you. Could you write a short note on what happened and what you were hoping for, to {{contact}}? I will read it myself and come back to you quickly. {{signature}}',
      },
      {
        id: 'esc-x-short',
        intent: 'apologise+private',
        length: 'short',
        sites: ['x', 'instagram', 'youtube', 'facebook'],
        body: 'Hi {{author}}, sorry about this. Please DM us at {{dmHandle}} and I will pick it up personally right now.',
      },
      {
        id: 'esc-next-step',
        intent: 'next-step',
        length: 'long',
        body: 'Hi {{firstName}}, thank you for telling us, and I am sorry it has come to this. Here is what happens next: I will look into your case today, and I will contact you privately with what we found and what we can do. To speed that up, write to {{email}} or call {{phone}} with your order or visit details. {{signature}}',
      },
      {
        id: 'esc-calm-thanks',
        intent: 'thank+private',
        length: 'medium',
        body: 'Hello {{firstName}}, thanks for being direct with us, and sorry for the hassle. You should not have to shout to be heard, so let us take it off this thread: {{contact}} reaches me, and I will personally see it through. {{replierName}}',
      },
    ],
  },
  {
    id: 'low-star',
    kind: 'low-star',
    name: 'Low-star review',
    description: 'A review of one or two stars, with or without words.',
    engage: true,
    steps: [
      'Thank them for rating you, even when the rating stings.',
      'Say sorry that the visit fell short; do not dispute the score.',
      'Ask what would have earned more stars.',
      'Offer a private channel and a concrete next step.',
      'Never make a fix depend on changing the review.',
      'Follow up, and come back to the thread once it is resolved.',
    ],
    templates: [
      {
        id: 'low-thanks-sorry',
        intent: 'apologise+private',
        length: 'medium',
        body: 'Hi {{firstName}}, thank you for the honest rating, and I am sorry we fell short of what you expected. I would like to understand what happened; could you write to me at {{email}}? {{signature}}',
      },
      {
        id: 'low-what-missing',
        intent: 'ask-detail',
        length: 'short',
        body: 'Hello {{firstName}}, sorry your visit was not better. What would have made it worth more stars? Tell me here or at {{contact}}; I read every answer. {{signature}}',
      },
      {
        id: 'low-rating-named',
        intent: 'apologise+next-step',
        length: 'medium',
        body: 'Hi {{firstName}}, a {{rating}}-star visit is not what we want for anyone at {{brand}}. I am sorry. I will share your review with the team this week, and if you can tell me more at {{contact}}, I will come back to you with what we changed. {{signature}}',
      },
      {
        id: 'low-silent-rating',
        intent: 'invite-detail',
        length: 'short',
        body: 'Hi {{firstName}}, thanks for rating us. We are sorry it was not a better experience. If you are willing to share what went wrong, {{contact}} reaches me directly. {{replierName}}',
      },
      {
        id: 'low-long-review',
        intent: 'apologise+story',
        length: 'long',
        sites: ['google-maps', 'yelp', 'tripadvisor', 'trustpilot', 'amazon'],
        body: 'Hi {{firstName}}, thank you for taking the time to review {{brand}}. I am sorry that {{topic}} let you down. We are a small team and reviews like yours are how we find out where we slip. I would really like to hear the details, so please contact me at {{email}} or {{phone}}, and I will make sure it gets looked at properly. {{signature}}',
      },
      {
        id: 'low-fix-offer',
        intent: 'offer-fix',
        length: 'medium',
        flags: ['refund'],
        body: 'Hi {{firstName}}, I am sorry about this. I would like to put it right: send me your order details at {{email}} and I will look at a replacement or refund with you. {{signature}}',
      },
    ],
  },
  {
    id: 'detractor',
    kind: 'detractor',
    name: 'Complaint or criticism',
    description: 'Someone unhappy with the product, price, service, delivery or staff.',
    engage: true,
    steps: [
      'Recognise their right to complain; do not argue in public.',
      'Say sorry for the experience, without accepting blame that is not established.',
      'Ask what went wrong and what would have made it right.',
      'Offer a fix, or say exactly what happens next and when.',
      'Move the details to a private channel (email, phone or DM).',
      'Set a follow-up and check back once it is resolved.',
      'Thank them for telling you.',
    ],
    templates: [
      {
        id: 'det-sorry-private',
        intent: 'apologise+private',
        length: 'medium',
        body: 'Hi {{firstName}}, I am sorry about your experience, and thank you for telling us rather than just walking away. Could you send the details to {{contact}}? I will look into it myself. {{signature}}',
      },
      {
        id: 'det-ask-what-happened',
        intent: 'ask-detail',
        length: 'medium',
        body: 'Hello {{firstName}}, that is not how it should have gone, and I am sorry. What happened exactly, and what would have made it right for you? Tell me here or at {{contact}}, and it goes straight to the people who can change it. {{signature}}',
      },
      {
        id: 'det-next-step',
        intent: 'apologise+next-step',
        length: 'long',
        body: 'Hi {{firstName}}, thank you for raising this, and I am sorry it fell short. Here is what I will do: look into it with the team this week and get back to you with what we found and how we will fix it. If you can share your order or visit details at {{email}}, it will go faster. {{signature}}',
      },
      {
        id: 'det-x-short',
        intent: 'apologise+private',
        length: 'short',
        sites: ['x', 'instagram', 'youtube', 'facebook'],
        body: 'Hi {{author}}, sorry about this; it is not the experience we want for you. DM us at {{dmHandle}} and we will make it right.',
      },
      {
        id: 'det-thanks-for-telling',
        intent: 'thank+apologise',
        length: 'short',
        body: 'Hi {{firstName}}, thanks for being honest with us, and sorry we let you down. I would like to fix this: {{contact}} reaches me directly. {{replierName}}',
      },
      {
        id: 'det-quote-back',
        intent: 'acknowledge+ask-detail',
        length: 'medium',
        body: 'Hi {{firstName}}, you wrote “{{quote}}”, and I am sorry that was your experience. I would like to hear more so we can do better. Could you tell me a bit more at {{email}}? {{signature}}',
      },
      {
        id: 'det-delivery',
        intent: 'apologise+next-step',
        length: 'medium',
        topics: ['delivery'],
        body: 'Hi {{firstName}}, sorry your order did not arrive the way it should have. Send your order number to {{email}} and I will track it down and tell you today what happens next. {{signature}}',
      },
      {
        id: 'det-staff',
        intent: 'apologise+ask-detail',
        length: 'medium',
        topics: ['staff', 'service'],
        body: 'Hello {{firstName}}, I am sorry about how you were treated. That is not the welcome we want anyone to get at {{brand}}. If you can tell me when you came in, at {{contact}}, I will follow it up with the team. {{signature}}',
      },
      {
        id: 'det-refund',
        intent: 'offer-fix',
        length: 'medium',
        flags: ['refund'],
        body: 'Hi {{firstName}}, I am sorry this did not work out. Let us sort out a refund or a replacement, whichever you prefer. Email me at {{email}} with your order details and I will handle it. {{signature}}',
      },
      {
        id: 'det-price',
        intent: 'explain+ask-detail',
        length: 'long',
        topics: ['price'],
        body: 'Hi {{firstName}}, thank you for the honest feedback on our prices, and sorry it left you feeling short-changed. We try to be open about what goes into them, and we would rather hear this than not. If there is a particular item or visit behind it, tell me at {{contact}} and I will take a look. {{signature}}',
      },
    ],
  },
  {
    id: 'question',
    kind: 'question',
    name: 'Question',
    description: 'Someone asks something: opening hours, stock, how-to, where is my order.',
    engage: true,
    steps: [
      'Answer the question itself, in the first sentence if you can.',
      'If it needs more than a comment, point to the help page or a private channel.',
      'Check the answer is still true (hours, prices, stock) before posting.',
      'Offer more help and thank them for asking.',
    ],
    templates: [
      {
        id: 'q-direct-answer',
        intent: 'answer',
        length: 'short',
        body: 'Hi {{firstName}}! {{answer}} Hope that helps. {{signature}}',
      },
      {
        id: 'q-answer-more-help',
        intent: 'answer+contact',
        length: 'medium',
        body: 'Hello {{firstName}}, good question. {{answer}} If anything is still unclear, you can reach me at {{contact}}. {{signature}}',
      },
      {
        id: 'q-help-page',
        intent: 'point-to-help',
        length: 'short',
        body: 'Hi {{firstName}}, thanks for asking. You will find the details here: {{supportUrl}}. {{signature}}',
      },
      {
        id: 'q-private-details',
        intent: 'move-private',
        length: 'medium',
        body: 'Hi {{firstName}}, happy to help with that. It depends a little on your order, so could you send the details to {{email}}? I will reply with a proper answer. {{signature}}',
      },
      {
        id: 'q-x-quick',
        intent: 'answer',
        length: 'short',
        sites: ['x', 'instagram', 'youtube'],
        body: 'Hi {{author}}! {{answer}} More at {{supportUrl}}',
      },
      {
        id: 'q-thorough',
        intent: 'answer+story',
        length: 'long',
        body: 'Hi {{firstName}}, thank you for the question; others have been wondering the same. {{answer}} We keep our help page up to date at {{supportUrl}}, and if your case is different, write to {{email}} or call {{phone}} and we will work it out together. {{signature}}',
      },
    ],
  },
  {
    id: 'fan',
    kind: 'fan',
    name: 'Fan or praise',
    description: 'Happy customers, compliments, five-star reviews.',
    engage: true,
    steps: [
      'Thank them by name, in your own voice.',
      'Ask what they liked most, so you know what to keep doing.',
      'Give them a direct way to reach you or a named person.',
      'Invite them closer: news first, a tasting, sharing with friends.',
    ],
    templates: [
      {
        id: 'fan-thanks-short',
        intent: 'thank',
        length: 'short',
        body: 'Hi {{firstName}}, thank you! Comments like this make the whole {{brand}} team smile. {{signature}}',
      },
      {
        id: 'fan-what-stood-out',
        intent: 'thank+ask-detail',
        length: 'medium',
        body: 'Hello {{firstName}}, thanks so much for taking the time to write this. Which part stood out most for you? Knowing that helps us keep doing more of it. {{signature}}',
      },
      {
        id: 'fan-direct-line',
        intent: 'thank+contact',
        length: 'medium',
        body: 'Hi {{firstName}}, so glad you enjoyed {{topic}}. If you ever need anything from us, reach me at {{contact}} and I will look after you personally. {{replierName}}, {{brand}}',
      },
      {
        id: 'fan-insider-invite',
        intent: 'invite-advocate',
        length: 'long',
        body: 'Hey {{firstName}}, reading this was the best part of my day, thank you. People like you are why {{brand}} keeps going. We have a small circle of regulars who hear about new things first and tell us honestly what they think of them. Would you like to join? Drop me a line at {{email}} and I will add you. {{signature}}',
      },
      {
        id: 'fan-x-quick',
        intent: 'thank',
        length: 'short',
        sites: ['x', 'instagram', 'youtube', 'facebook'],
        body: 'Hey {{author}}, that means a lot, thank you! See you soon 🙌',
      },
      {
        id: 'fan-quote-back',
        intent: 'thank+quote',
        length: 'medium',
        body: 'Hi {{firstName}}, “{{quote}}” might be going on our wall. Thank you for telling us, and for choosing {{brand}}. {{signature}}',
      },
      {
        id: 'fan-review-story',
        intent: 'thank+story',
        length: 'long',
        sites: ['google-maps', 'yelp', 'tripadvisor', 'trustpilot', 'amazon'],
        body: 'Hello {{firstName}}, thank you for this lovely review. We started {{brand}} wanting a place where people feel looked after, and hearing it worked for you means a great deal to all of us. Come back and say hello next time; ask for me. {{signature}}',
      },
      {
        id: 'fan-share',
        intent: 'invite-advocate',
        length: 'short',
        body: 'Hi {{firstName}}, thank you! If you know someone who would enjoy {{brand}} too, bring them along next time. {{signature}}',
      },
    ],
  },
  {
    id: 'indifferent',
    kind: 'indifferent',
    name: 'Lukewarm or neutral',
    description: '“It was fine.” Not angry, not won over.',
    engage: true,
    steps: [
      'Ask what would have turned an OK visit into a great one.',
      'Invite them to tell you more, publicly or privately.',
      'Share a little of your story: what you are trying to do and why.',
      'Thank them for the feedback.',
    ],
    templates: [
      {
        id: 'ind-what-would-make-great',
        intent: 'ask-detail',
        length: 'short',
        body: 'Hi {{firstName}}, thanks for the feedback. What one thing would have made it great rather than fine? {{signature}}',
      },
      {
        id: 'ind-invite-more',
        intent: 'invite-detail',
        length: 'medium',
        body: 'Hello {{firstName}}, thank you for sharing this. We would love to hear more, here or at {{contact}}, about what worked and what did not. Every detail helps us get better. {{signature}}',
      },
      {
        id: 'ind-our-story',
        intent: 'story',
        length: 'long',
        body: 'Hi {{firstName}}, thanks for stopping by and for the honest words. A bit about us: {{brand}} is a small team that cares about getting the details right, and we are always adjusting. If you give us another try, tell us what you think; I would like to hear it. {{signature}}',
      },
      {
        id: 'ind-thanks-short',
        intent: 'thank',
        length: 'short',
        body: 'Hi {{author}}, thanks for the feedback. We hope to make the next visit a better one. {{signature}}',
      },
      {
        id: 'ind-topic-ask',
        intent: 'ask-detail',
        length: 'medium',
        body: 'Hi {{firstName}}, thank you for mentioning {{topic}}. If you had to change one thing about it, what would it be? We are listening. {{replierName}}, {{brand}}',
      },
      {
        id: 'ind-x-short',
        intent: 'invite-detail',
        length: 'short',
        sites: ['x', 'instagram', 'youtube', 'facebook'],
        body: 'Hey {{author}}, thanks! What would make it a 10/10 next time? We read everything.',
      },
    ],
  },
  {
    id: 'light',
    kind: 'light',
    name: 'Not about the business',
    description: 'Chatting with a friend, personal news, "first!", an emoji: friendly, not a customer matter.',
    engage: true,
    steps: [
      'Nothing is asked of you: a short friendly line, a like, or nothing at all.',
      'Do not turn it into a sales pitch.',
      'Leave conversations between other people to them.',
    ],
    templates: [],
  },
];

/** The shipped playbooks, in precedence order, validated once at load. */
export const DEFAULT_PLAYBOOKS: Playbook[] = DEFAULT_PLAYBOOK_INPUTS.map((input) => PlaybookSchema.parse(input));

/** The shipped playbook for a situation (always present). */
export function defaultPlaybookFor(kind: PlaybookKind): Playbook {
  return DEFAULT_PLAYBOOKS.find((playbook) => playbook.kind === kind)!;
}
