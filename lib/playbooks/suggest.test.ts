// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import { ProfileSchema, SAMPLE_PROFILE, type Profile } from '@/lib/settings/schema';
import { jaccard } from './draft-check';
import { DEFAULT_PLAYBOOKS } from './defaults';
import { PlaybookSchema, type Playbook } from './schema';
import { siteLength } from '@/lib/sites/reply-limits';
import { suggestReplies, type SuggestResult } from './suggest';

const HOTEL: Profile = ProfileSchema.parse({
  brand: 'Hotel Lakeside',
  replierName: 'Anna Berg',
  signature: 'Anna, Hotel Lakeside',
  email: 'stay@lakeside.example',
  dmHandle: '@lakesidehotel',
  business: { kind: 'hotel', noun: 'stay' },
  languages: ['en', 'fr', 'de'],
  facts: { parking: 'Garage under the hotel, CHF 20 a night', breakfast: 'Breakfast 7:00–10:30, included in most rates' },
});

interface Case {
  text: string;
  site?: string;
  author?: string;
  rating?: number;
  profile?: Profile;
}

/** The real pipeline: read the item with the real classifier, then suggest. */
function suggest({ text, site = 'google-maps', author = 'Jane Doe', rating, profile = SAMPLE_PROFILE }: Case): SuggestResult {
  const reading = readItem({ text, rating, author }, { classify });
  return suggestReplies({
    item: { id: `t-${text.length}-${site}`, site, text, author, rating },
    labels: reading,
    profile,
    toneOf: (t) => classify(t).tone,
  });
}

const first = (result: SuggestResult) => result.suggestions[0]?.text ?? '';

describe('suggestReplies (composed from the reading)', () => {
  it('names the person’s points in a complaint, apologises, greets by first name only and signs once', () => {
    const result = suggest({
      text: 'Waited 25 minutes for a flat white that arrived lukewarm. The barista shrugged when I mentioned it.',
      rating: 1,
    });
    expect(result.family).toBe('complaint');
    expect(result.suggestions).toHaveLength(3);
    // Said as a clause or as points, the wait and the lukewarm flat white are both named.
    expect(first(result)).toMatch(/25-minute wait|waited 25 minutes/);
    expect(first(result)).toMatch(/lukewarm flat white|flat white that arrived lukewarm/);
    for (const { text, warnings, why } of result.suggestions) {
      expect(text.startsWith('Hi Jane,')).toBe(true);
      expect(text).not.toContain('Jane Doe');
      expect(text.split(SAMPLE_PROFILE.signature).length - 1).toBe(1);
      expect(warnings).toEqual([]);
      expect(why.length).toBeGreaterThan(10);
    }
  });

  it('offers three replies with different intents and different words', () => {
    for (const text of [
      'The room was noisy all night and the shower was cold. Not what we paid for.',
      'Absolutely loved the breakfast buffet and the view from the terrace!',
      'It was ok. Nothing special.',
      'Do you have parking for a camper van?',
    ]) {
      const result = suggest({ text, profile: HOTEL });
      const texts = result.suggestions.map((s) => s.text);
      expect(new Set(result.suggestions.map((s) => s.intent)).size, text).toBe(3);
      for (const [a, b] of [
        [0, 1],
        [0, 2],
        [1, 2],
      ] as const)
        expect(jaccard(texts[a]!, texts[b]!), `${text} #${a}~#${b}`).toBeLessThan(0.5);
    }
  });

  it('answers a question from the profile’s facts, and leaves a marked gap when the facts do not say', () => {
    const parking = suggest({ text: 'Is there parking at the hotel?', profile: HOTEL, site: 'facebook' });
    expect(parking.family).toBe('question');
    expect(first(parking)).toContain('CHF 20 a night');
    expect(parking.suggestions.every((s) => !s.text.includes('['))).toBe(true);

    const crib = suggest({ text: 'Do you have a baby cot we could borrow?', profile: HOTEL, site: 'facebook' });
    expect(crib.family).toBe('question');
    expect(crib.suggestions[0]!.gaps).toEqual([expect.stringMatching(/^\[whether we have a baby cot/u)]);
    expect(crib.suggestions[0]!.warnings).toEqual([]);
  });

  it('replies in the item’s language when the profile writes it, formally on review sites', () => {
    const fr = suggest({ text: 'Chambre sale et personnel désagréable. Très déçue.', author: 'Sophie Martin', rating: 1, profile: HOTEL });
    expect(fr.language).toBe('fr');
    expect(first(fr)).toMatch(/^Bonjour Sophie,/u);
    expect(first(fr)).toMatch(/vous|votre/u);
    const de = suggest({
      text: 'Das Zimmer war kalt und die Heizung ging nicht. Schade.',
      author: 'Jonas Keller',
      rating: 2,
      profile: HOTEL,
    });
    expect(de.language).toBe('de');
    expect(first(de)).toMatch(/Sie|Ihnen|Ihre/u);
  });

  it('replies in the profile’s first language, and says so, when the item’s language is not listed', () => {
    const es = suggest({ text: 'El desayuno estaba frío y el personal fue muy lento.', rating: 2, profile: HOTEL });
    expect(es.language).toBe('en');
    expect(es.languageNote).toMatch(/Spanish/);
    expect(first(es)).toMatch(/^Hi Jane,/u);
  });

  it('offers nothing to post for spam, insults, an empty or a link-only item, and says why', () => {
    for (const text of [
      'Earn $500/day from home, DM me for details! bit.ly/x',
      'You are all idiots and morons.',
      '',
      '   ',
      'https://example.com/promo',
    ]) {
      const result = suggest({ text, site: 'instagram', author: 'someone' });
      expect(result.suggestions, text).toEqual([]);
      expect(result.notice, text).toBeTruthy();
    }
  });

  it('never copies handles, hashtags, control or bidirectional characters into a reply', () => {
    const result = suggest({
      text: '@friend_anna #brunchgoals the cardamom bun was amazing \u202Eevil\u0000',
      author: '\u202EnimdA Mia',
      site: 'instagram',
    });
    for (const { text } of result.suggestions) {
      expect(text).not.toMatch(/@friend_anna|#brunchgoals|[\u0000-\u0009\u000B-\u001F\u202A-\u202E\u2066-\u2069]/u);
    }
  });

  it('writes stars on a five-star scale and reads a rating of 0 as no rating', () => {
    const zero = suggest({ text: 'Fine place.', rating: 0 });
    for (const { text } of zero.suggestions) expect(text).not.toMatch(/0-star|0 star/u);
    const tenScale = readItem({ text: 'Good', rating: 8, ratingMax: 10 }, { classify });
    expect(tenScale.stars).toBe(4);
  });

  it('keeps X replies within 280 characters', () => {
    for (const text of [
      'ordered for pickup at 6, got it at 7:15, the brisket was dry, the cornbread missing and nobody answered the phone when I called twice',
      'Commande livrée avec 45 min de retard, les frites molles et froides, et impossible de joindre quelqu’un au téléphone.',
    ]) {
      const result = suggest({ text, site: 'x', author: '@hungry_dan', profile: { ...HOTEL, languages: ['en', 'fr'] } });
      for (const { text: reply } of result.suggestions) expect(siteLength(reply, 'x'), reply).toBeLessThanOrEqual(280);
    }
  });

  it('is deterministic', () => {
    const input: Case = { text: 'The coffee was cold and the wait was long.', rating: 2 };
    expect(suggest(input)).toEqual(suggest(input));
  });

  it('offers the user’s own templates after the composed replies, and not the shipped ones', () => {
    const fan = DEFAULT_PLAYBOOKS.find((p) => p.kind === 'fan')!;
    const mine: Playbook = PlaybookSchema.parse({
      ...fan,
      templates: [
        ...fan.templates,
        { id: 'my-fan-thanks', intent: 'thank', length: 'short', body: 'Thanks {{firstName}}! See you soon. {{signature}}' },
      ],
    });
    const reading = readItem({ text: 'Loved the cardamom bun!' }, { classify });
    const result = suggestReplies({
      item: { id: 'x1', site: 'facebook', text: 'Loved the cardamom bun!', author: 'Jane Doe' },
      labels: reading,
      profile: SAMPLE_PROFILE,
      playbooks: [mine],
    });
    expect(result.family).toBe('fan');
    expect(result.suggestions.map((s) => s.templateId)).toEqual([
      'fan-thank-and-name-it',
      'fan-warm-thanks',
      'fan-invite-to-share',
      'my-fan-thanks',
    ]);
    expect(result.suggestions[3]!.text).toBe(`Thanks Jane! See you soon. ${SAMPLE_PROFILE.signature}`);
  });

  it('lets the user answer the problem in an abusive item that carries a real complaint', () => {
    const reading = readItem({ text: 'You idiots charged me twice and I want my refund now', rating: 1 }, { classify });
    expect(reading.flags).toEqual(expect.arrayContaining(['abusive', 'refund']));
    const base = {
      item: { id: 'a1', site: 'google-maps', text: 'You idiots charged me twice and I want my refund now', author: 'Jane Doe', rating: 1 },
      labels: reading,
      profile: SAMPLE_PROFILE,
    };
    const held = suggestReplies(base);
    expect(held.suggestions).toEqual([]);
    expect(held.canAnswerAbusive).toBe(true);
    const answered = suggestReplies({ ...base, answerAbusive: true });
    expect(answered.family).toBe('complaint');
    expect(answered.suggestions).toHaveLength(3);
    expect(answered.notice).toMatch(/calmly/);
  });
});

// A hostile page's 1 MB comment without spaces, under a real title: every pattern that reads the
// whole text must stay linear (a word-start-free "\p{L}+'s" once made this take minutes).
describe('a 1 MB comment without spaces', () => {
  it('is read and answered', () => {
    const text = 'w'.repeat(999_000);
    const title = 'Great service, fast delivery';
    const labels = readItem({ text, title, rating: 2 }, { classify });
    const result = suggestReplies({
      item: { id: 'huge', site: 'trustpilot', text, title, rating: 2, author: 'A B' },
      labels,
      profile: SAMPLE_PROFILE,
    });
    expect(result.suggestions.length).toBeGreaterThan(0);
  });
});
