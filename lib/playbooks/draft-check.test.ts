// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDraft, jaccard, type DraftCheckOptions } from './draft-check';
import { labelsWith } from './test-helpers';

const complaint: DraftCheckOptions = {
  item: { site: 'yelp', author: 'Jane Doe', text: 'Cold coffee.' },
  labels: labelsWith({ tone: 'negative', flags: ['complaint'] }),
};
const praise: DraftCheckOptions = {
  item: { site: 'yelp', author: 'Jane Doe', text: 'Lovely!' },
  labels: labelsWith({ tone: 'positive' }),
};
const GOOD_REPLY = 'Hi Jane, I am sorry about the cold coffee. Please email me at hello@harborpine.example and I will make it right.';

const rules = (text: string, options: DraftCheckOptions) => checkDraft(text, options).map((w) => w.rule);

describe('checkDraft', () => {
  it('passes a good reply to a complaint with no warnings', () => {
    expect(checkDraft(GOOD_REPLY, complaint)).toEqual([]);
  });

  describe('defensive wording', () => {
    it.each([
      'Hi Jane, sorry, but you should have asked at the counter. Email us.',
      'Hi Jane, sorry. As stated in our policy, we will not refund. Email us.',
      'Hi Jane, sorry; per our policy we will look into it.',
      'Hi Jane, with all due respect, we will call you.',
      'Hi Jane, sorry, we actually open at 8. Email us.',
      'Hi Jane, sorry, but that is not what happened. Email us.',
    ])('warns on %j', (text) => {
      const warning = checkDraft(text, complaint).find((w) => w.rule === 'defensive');
      expect(warning?.severity).toBe('warn');
      expect(warning?.message).toMatch(/instead/);
    });
    it('does not read the words of a gap left for the answer as ours', () => {
      const text = 'Hi Jane, thanks for asking! [whether you can actually swim from the jetty] See you soon.';
      expect(rules(text, praise)).not.toContain('defensive');
    });
    it('does not flag a plain, warm reply', () => {
      expect(rules('Hi Jane, we should have done better, and I am sorry. Email me and I will fix it.', complaint)).not.toContain(
        'defensive',
      );
    });
  });

  describe('sarcasm', () => {
    it.each([
      'Hi Jane, obviously we are sorry. Email us.',
      'Hi Jane, clearly you missed the sign. Sorry. Email us.',
      "Hi Jane, sorry you feel that way. We'll call.",
    ])('warns on %j', (text) => {
      expect(rules(text, complaint)).toContain('sarcasm');
    });
    it('does not flag "clearly" used about ourselves', () => {
      expect(rules('Hi Jane, we clearly got this wrong and I am sorry. Email me.', complaint)).not.toContain('sarcasm');
    });
  });

  describe('apology and next step on a complaint', () => {
    it('warns when a complaint gets no apology', () => {
      const warnings = checkDraft('Hi Jane, thanks for the note. Email me at hello@harborpine.example.', complaint);
      expect(warnings.map((w) => w.rule)).toEqual(['no-apology']);
      expect(warnings[0]!.message).toMatch(/sorry/);
    });
    it('warns when a complaint gets no next step', () => {
      expect(rules('Hi Jane, so sorry about that.', complaint)).toEqual(['no-next-step']);
    });
    it('counts a negative tone without the complaint flag as a complaint', () => {
      expect(rules('Hi Jane, thanks.', { ...complaint, labels: labelsWith({ tone: 'negative' }) })).toEqual(['no-apology', 'no-next-step']);
    });
    it('asks neither of praise', () => {
      expect(rules('Hi Jane, thank you so much!', praise)).toEqual([]);
    });
    it('does not ask for an apology on a legal threat, but warns on admitting fault', () => {
      const legal = { ...complaint, labels: labelsWith({ tone: 'negative', flags: ['complaint', 'legal'] }) };
      expect(rules('Hi Jane, this is with our owner, who will contact you.', legal)).toEqual([]);
      expect(rules('Hi Jane, it was our fault. The owner will contact you.', legal)).toEqual(['admits-fault']);
      expect(rules('Hi Jane, it was our fault and I am sorry. Email me.', complaint)).toEqual([]);
    });
  });

  it('treats a one- or two-star rating as a complaint even when the text is neutral', () => {
    const lowStar = { item: { site: 'yelp', author: 'Jane Doe', rating: 2 }, labels: labelsWith() };
    expect(rules('Hi Jane, thanks for the feedback.', lowStar)).toEqual(['no-apology', 'no-next-step']);
    expect(rules('Hi Jane, thanks for the feedback.', { ...lowStar, item: { ...lowStar.item, rating: 3 } })).toEqual([]);
    expect(rules('Hi Jane, thanks for the feedback.', { ...lowStar, item: { ...lowStar.item, rating: 6, ratingMax: 10 } })).toEqual([]);
  });

  describe('concessions under a threat', () => {
    const escalation = { ...complaint, labels: labelsWith({ tone: 'negative', flags: ['complaint', 'escalation'] }) };
    it('warns when a reply to a public threat offers a refund or freebies in public', () => {
      const warning = checkDraft('Hi Jane, so sorry! We will refund you in full and your next coffee is free.', escalation).find(
        (w) => w.rule === 'public-concession',
      );
      expect(warning?.message).toMatch(/private/);
    });
    it('accepts moving it private without an offer, and allows offers on ordinary complaints', () => {
      expect(rules('Hi Jane, so sorry. Please email me and I will sort it out today.', escalation)).toEqual([]);
      expect(rules('Hi Jane, so sorry. We will refund you in full; email me.', complaint)).toEqual([]);
    });
  });

  describe('near-duplicates on the page', () => {
    it('warns when the reply nearly repeats one already sent here', () => {
      const sent = 'Hi Tom, I am sorry about the cold coffee. Please email me at hello@harborpine.example and I will make it right.';
      expect(jaccard(sent, GOOD_REPLY)).toBeGreaterThan(0.8);
      expect(rules(GOOD_REPLY, { ...complaint, usedOnPage: [sent] })).toEqual(['duplicate']);
    });
    it('accepts a reply that shares only some words', () => {
      const sent = 'Hi Tom, sorry about the wait on Saturday. Could you DM us your order number so we can check?';
      expect(rules(GOOD_REPLY, { ...complaint, usedOnPage: [sent] })).toEqual([]);
    });
  });

  describe('name', () => {
    it('informs when the known first name is missing', () => {
      const warning = checkDraft('Hello, I am sorry. Email me and I will fix it.', complaint).find((w) => w.rule === 'missing-name');
      expect(warning).toMatchObject({ severity: 'info' });
      expect(warning!.message).toContain('Jane');
    });
    it('says nothing when the author is a handle or absent', () => {
      expect(rules('Thank you!', { ...praise, item: { site: 'x', author: '@jdoe99' } })).toEqual([]);
      expect(rules('Thank you!', { ...praise, item: { site: 'x' } })).toEqual([]);
    });
  });

  describe('length', () => {
    it('blocks past the site limit, and only then', () => {
      const long = `Hi Jane, thank you! ${'a'.repeat(270)}`;
      const warnings = checkDraft(long, { ...praise, site: 'x' });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ rule: 'too-long', severity: 'block' });
      expect(warnings[0]!.message).toMatch(/X: 290 of 280.*Cut 10/);
      expect(rules(long, { ...praise, site: 'yelp' })).toEqual([]);
    });
    it('counts X the way X does: emoji double, links 23', () => {
      const emoji = `Hi Jane ${'🙂'.repeat(136)}`; // 8 + 272 = 280
      expect(rules(emoji, { ...praise, site: 'x' })).toEqual([]);
      expect(rules(`${emoji}!`, { ...praise, site: 'x' })).toEqual(['too-long']);
      const link = `Hi Jane ${'b'.repeat(248)} https://example.com/${'c'.repeat(200)}`; // 8 + 248 + 1 + 23 = 280
      expect(rules(link, { ...praise, site: 'x' })).toEqual([]);
    });
    it('never blocks for anything else', () => {
      const worst = checkDraft('obviously you should have read it. [your email] {{brand}} ridiculous', {
        ...complaint,
        usedOnPage: ['obviously you should have read it. [your email] {{brand}} ridiculous'],
      });
      expect(worst.length).toBeGreaterThan(4);
      expect(worst.every((w) => w.severity !== 'block')).toBe(true);
    });
  });

  describe('tone of the draft', () => {
    it('uses the injected classifier when given', () => {
      expect(rules('Hi Jane, thank you!', { ...praise, toneOf: () => 'negative' })).toEqual(['negative-tone']);
      expect(rules('Hi Jane, this is ridiculous!', { ...praise, toneOf: () => 'positive' })).toEqual([]);
    });
    it('reads neither their name nor ours as tone ("Rob", "Rusty Spur"): the model sees only our own words', () => {
      const seen: string[] = [];
      const toneOf = (text: string) =>
        (seen.push(text), /\b(?:Rob|Rusty)\b/u.test(text) ? 'negative' : 'neutral') as 'negative' | 'neutral';
      const legal: DraftCheckOptions = { ...complaint, item: { site: 'yelp', author: 'Rob Tate', text: 'My attorney will be in touch.' } };
      const reply = 'Hi Rob, thanks for your message. Our team will contact you. — Dale, Rusty Spur Smokehouse';
      expect(rules(reply, { ...legal, toneOf, ownNames: ['Rusty Spur Smokehouse', 'Dale'] })).not.toContain('negative-tone');
      expect(seen.at(-1)).not.toMatch(/Rob|Rusty/u);
      // Without our names the sign-off still counts, so the check can fail.
      expect(rules(reply, { ...legal, toneOf })).toContain('negative-tone');
    });
    it('falls back to a hostile word list', () => {
      expect(rules('Hi Jane, stop whining.', praise)).toEqual(['negative-tone']);
      expect(rules('Hi Jane, sorry the wait was so long. Email me.', complaint)).toEqual([]);
    });
  });

  describe('quoted customer words', () => {
    it('does not count the customer’s quoted words as our tone or wording', () => {
      const reply = 'Hi Jane, you wrote “obviously the staff were rude and stupid”, and I am sorry. Email me and I will look into it.';
      expect(rules(reply, complaint)).toEqual([]);
      const seen: string[] = [];
      checkDraft(reply, { ...complaint, toneOf: (text) => (seen.push(text), 'neutral') });
      expect(seen[0]).not.toContain('stupid');
    });
    it('still checks the words outside the quotes', () => {
      expect(rules('Hi Jane, you said “late”. Obviously not. Sorry, email me.', complaint)).toEqual(['sarcasm']);
    });
  });

  describe('unfilled variables', () => {
    it('warns on markers and raw tags, naming them', () => {
      const warning = checkDraft('Hi Jane, thanks! [your email] {{ brand }}', praise).find((w) => w.rule === 'unfilled');
      expect(warning?.message).toContain('[your email]');
      expect(warning?.message).toContain('{{ brand }}');
    });
    it('ignores ordinary brackets', () => {
      expect(rules('Hi Jane, thanks [really]!', praise)).toEqual([]);
    });
  });

  it('warns against replying to an abusive item at all', () => {
    expect(rules('Hi Jane, thanks.', { ...praise, labels: labelsWith({ tone: 'negative', flags: ['abusive'] }) })).toEqual([
      'do-not-engage',
    ]);
  });

  it('treats an empty draft as information only', () => {
    expect(checkDraft('   ', complaint)).toEqual([expect.objectContaining({ rule: 'empty', severity: 'info' })]);
  });
});

describe('draftToneOf', () => {
  const fake = (negative: number) => () => ({ tone: 'negative' as const, scores: { negative } });
  it('calls a draft negative only when the classifier is clearly sure', async () => {
    const { draftToneOf, CLEARLY_NEGATIVE } = await import('./draft-check');
    expect(draftToneOf(fake(CLEARLY_NEGATIVE))('x')).toBe('negative');
    expect(draftToneOf(fake(0.4))('x')).toBe('neutral');
    expect(draftToneOf(() => ({ tone: 'positive' as const, scores: { negative: 0.1 } }))('x')).toBe('positive');
  });
});

describe('their refund named, not offered (the product says it so under a threat)', () => {
  it('"your refund request" and "the refund you\'re still waiting for" are no concession; "we will refund you" is', () => {
    const legal = {
      item: { site: 'facebook', author: 'Kim' },
      labels: labelsWith({ tone: 'negative', flags: ['complaint', 'legal'] }),
    };
    const concession = (text: string) => checkDraft(text, legal).some((w) => w.rule === 'public-concession');
    expect(concession("Hi Kim, thank you for your message about the refund you're still waiting for. Please send us a DM.")).toBe(false);
    expect(concession('Hi Kim, thank you for your message about your refund request. Please send us a DM.')).toBe(false);
    expect(concession('Hi Kim, we will refund you in full. Please send us a DM.')).toBe(true);
  });
});
