// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Topic } from './labels';
import { normalizeText } from './normalize';
import {
  expandPattern,
  matchRule,
  ruleFlags,
  ruleGateBits,
  ruleGateBitsByPatterns,
  rulesAndTopics,
  topicNames,
  topicsOf,
  type RuleFlag,
} from './rules';
import { tokenizeNormalized } from './tokenize';

// Rules run on normalized text, as in classify().
const fires = (flag: RuleFlag, text: string): boolean => matchRule(flag, normalizeText(text)) !== null;

const FLAG_CASES: Record<RuleFlag, { yes: string[]; no: string[] }> = {
  question: {
    yes: [
      'Do you ship to Canada?',
      'how do I return this',
      '@acme can you tell me when the store opens',
      'Great food. Is there parking nearby',
      'Anyone else having problems with the app',
      'What is going on with my order',
    ],
    no: [
      'Do not buy from this company.',
      'What a terrible experience!',
      'When I went there the staff were lovely.',
      'Best pizza in town',
      'I asked them twice and nobody answered.',
    ],
  },
  escalation: {
    yes: [
      "I'm going public with this",
      'I will post this everywhere',
      'I am going to tell the press about how you treat customers',
      'Leaving bad reviews everywhere I can',
      "I'll write a review on Google and Yelp",
      'Going to the media if this is not fixed',
      'I will warn everyone I know',
      'Sharing my experience all over facebook',
    ],
    no: [
      'I read the reviews before going',
      'Posted my order yesterday',
      'Thanks for the press release',
      'I will tell my friends how great you are!',
      'Everyone should know the opening hours are wrong on the site',
    ],
  },
  refund: {
    yes: [
      'I want a refund',
      'Still waiting to be refunded',
      'Please cancel my subscription',
      'They cancelled my flight',
      'I want my money back',
      'I will file a chargeback',
      'Going to dispute the charge with my bank',
    ],
    no: ['The cashier was friendly', 'Money well spent', 'Can I change my booking date?', 'This is a fantastic product'],
  },
  legal: {
    yes: [
      'My lawyer will be in touch',
      'I will sue you for this',
      'See you in court',
      'Reporting you to the BBB',
      'I have contacted trading standards',
      'Filed a complaint with consumer protection',
      'Taking legal action',
      'I will report this to the authorities',
    ],
    no: [
      'The food court was busy',
      'Suede shoes arrived damaged',
      'Great service, will come back',
      'The courtyard seating is lovely',
      'Sue at the front desk was amazing',
    ],
  },
};

describe('rule flags', () => {
  for (const [flag, { yes, no }] of Object.entries(FLAG_CASES) as [RuleFlag, { yes: string[]; no: string[] }][]) {
    describe(flag, () => {
      it.each(yes)(`fires on %j`, (text) => expect(fires(flag, text)).toBe(true));
      it.each(no)(`stays quiet on %j`, (text) => expect(fires(flag, text)).toBe(false));
    });
  }

  it('names the rule that fired', () => {
    expect(matchRule('legal', 'talking to my attorney')).toBe('lawyer');
    expect(matchRule('refund', 'i want my money back')).toBe('money back');
  });

  it('stays fast and quiet on huge or junk input', () => {
    const junk = normalizeText('is '.repeat(400_000) + '\ud800');
    for (const flag of Object.keys(FLAG_CASES) as RuleFlag[]) expect(() => matchRule(flag, junk)).not.toThrow();
  });
});

const TOPIC_CASES: Record<Topic, { yes: string[]; no: string[] }> = {
  product: {
    yes: ['The blender broke after two days', 'Love the quality of this jacket', 'The app keeps crashing after the update'],
    no: ['Thanks for the quick reply', 'Way too expensive'],
  },
  price: {
    yes: ['Way too expensive for what you get', 'They charged me $40 extra', 'Great value for money', 'Paid 30 dollars for this'],
    no: ['The waiter was rude', 'My parcel never arrived'],
  },
  service: {
    yes: ['Customer service never answered my emails', 'On hold for an hour', 'Great support team'],
    no: ['The pizza was cold', 'Too expensive'],
  },
  delivery: {
    yes: ['My parcel never arrived', 'Still waiting for my order', 'Shipping took three weeks', 'Tracking says delivered but nothing here'],
    no: ['The waiter was rude', 'Lovely taste'],
  },
  staff: {
    yes: ['The waiter was rude to us', 'Ask for Maria, the manager, she is great', 'Staff were so friendly'],
    no: ['My parcel never arrived', 'Way too expensive'],
  },
  corporate: {
    yes: ['Your CEO should be ashamed', 'Boycott this company', 'Your new refund policy is a joke'],
    no: ['The pizza was cold', 'Staff were so friendly'],
  },
};

describe('topics', () => {
  for (const [topic, { yes, no }] of Object.entries(TOPIC_CASES) as [Topic, { yes: string[]; no: string[] }][]) {
    describe(topic, () => {
      it.each(yes)(`finds it in %j`, (text) => expect(topicsOf(normalizeText(text)).map((h) => h.topic)).toContain(topic));
      it.each(no)(`does not find it in %j`, (text) => expect(topicsOf(normalizeText(text)).map((h) => h.topic)).not.toContain(topic));
    });
  }

  it('topicNames (used by classify) lists the same topics as topicsOf', () => {
    const texts = Object.values(TOPIC_CASES).flatMap(({ yes, no }) => [...yes, ...no]);
    texts.push(
      texts.join(' '),
      '',
      'Paid $40 to the manager for a broken phone, shipping took weeks; boycott this company, customer service ignored me',
    );
    for (const text of texts) expect(topicNames(normalizeText(text))).toEqual(topicsOf(normalizeText(text)).map((h) => h.topic));
  });
});

describe('rulesAndTopics (token gate)', () => {
  const same = (text: string): void => {
    const normalized = normalizeText(text);
    expect(rulesAndTopics(normalized, tokenizeNormalized(normalized)), text).toEqual({
      hits: ruleFlags(normalized),
      topics: topicNames(normalized),
    });
  };

  it('answers exactly as ruleFlags and topicNames on seeded texts, tricky joins included', () => {
    const words = [
      'refund',
      'lawyer',
      'court',
      'food court',
      'how do I',
      'price',
      '$20',
      '€ 5',
      '20dollars',
      'staff',
      'shipping',
      'ceo',
      'hello',
      'lovely',
      'day',
      'the',
      'Can you',
      '?',
      'post this everywhere',
      'BBB',
      'ordered was',
      'x',
      'T_Tcancel',
      'o_Ohow',
      '<3refund',
      'xD',
      ':Do',
      '\u212Arefund',
      '\u00e9refund',
      'http://x.co/?is',
      'www.a.b/.is you',
      '@acme',
      '@refund',
      '#refund',
      'is it',
      '.Is it',
      '\nwhat is',
      'İs it',
      'helpdesk',
      'help desk',
      'over-priced',
      'leave badreviews everywhere',
      'make sure everyone knows',
      'sue you',
      'small claims',
      "don't",
      "l'refund",
      'report it to the police',
    ];
    let seed = 7;
    const pick = (): string => words[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % words.length]!;
    for (let k = 0; k < 4_000; k++) {
      const sep = k % 4 === 0 ? '. ' : k % 4 === 1 ? '' : k % 4 === 2 ? '\n' : ' ';
      same(Array.from({ length: 1 + (k % 7) }, pick).join(sep));
    }
  });
});

describe('ruleGateBits (lookups) against the gate patterns themselves', () => {
  it('expands the pattern syntax it knows and refuses any other', () => {
    expect(expandPattern('news(?:paper|papers)?').sort()).toEqual(['news', 'newspaper', 'newspapers']);
    expect(expandPattern('price[sd]?|cost').sort()).toEqual(['cost', 'price', 'priced', 'prices']);
    expect(() => expandPattern('on hold')).toThrow();
    expect(() => expandPattern('fees+')).toThrow();
  });

  it('gives the same bits on keywords, their neighbours and seeded junk', () => {
    const parts = [
      'refund',
      'Refunds',
      'REFUNDED',
      'chargeback',
      'charges',
      'helpdesk',
      'desk',
      'salesperson',
      'badreviews',
      'review',
      'twodollars',
      'news',
      'newspapers',
      'newsy',
      'What',
      'anyone',
      'ANYBODY',
      'anyones',
      'can',
      "can't",
      'l',
      "'",
      '_',
      '9',
      'é',
      'caf',
      'K',
      '\u212a',
      'over',
      'overpriced',
      'x',
      'order',
      'ordered',
      'orders',
      'cancellation',
      'cancelled',
      'rep',
      'reps',
      'representatives',
      'sustainability',
      'corporation',
      'policy',
      '@',
      '#',
      '-',
      'ü',
      'ß',
    ];
    let seed = 11;
    const pick = (): string => parts[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % parts.length]!;
    for (const p of parts) expect(ruleGateBits(p), p).toBe(ruleGateBitsByPatterns(p));
    for (let k = 0; k < 20_000; k++) {
      const raw = Array.from({ length: 1 + (k % 4) }, pick).join('');
      expect(ruleGateBits(raw), raw).toBe(ruleGateBitsByPatterns(raw));
    }
  });
});
