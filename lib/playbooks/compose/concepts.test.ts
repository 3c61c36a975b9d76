// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '@/lib/settings/schema';
import { replyTo } from '../test-helpers';
import { conceptPhrase, pairConcept, sharedName } from './concepts';

// Words and items written for this file.
describe('things named in a language we do not reply in', () => {
  it('a compound names its first or last part ("ontbijtbuffet", "kaasplankje" is no known thing)', () => {
    expect(conceptPhrase('ontbijtbuffet', 'en')).toBe('the breakfast buffet');
    expect(conceptPhrase('Frukostbuffén', 'fr')).toBe('le buffet du petit-déjeuner');
    expect(conceptPhrase('zeezichtkamer', 'en')).toBe('the room');
    expect(sharedName('zalmquenelle')).toBe('quenelle');
    expect(conceptPhrase('gezelligheid', 'en')).toBeUndefined();
  });

  it('two words that name one thing win over the first alone ("tarta cytrynowa" is a lemon tart)', () => {
    expect(pairConcept('tarta', 'cytrynowa', 'fr')).toBe('la tarte au citron');
    expect(pairConcept('tarta', 'czekoladowa', 'fr')).toBeUndefined();
  });

  it('a Swedish fan of the spa and the breakfast buffet is thanked for both, in English', () => {
    const hotel = ProfileSchema.parse({
      brand: 'Seehof Brunnen',
      replierName: 'Lea',
      signature: 'Lea, Seehof Brunnen',
      business: { kind: 'hotel', noun: 'stay' },
      languages: ['en', 'de'],
      facts: {},
    });
    const reply = replyTo('Underbart hotell! Spaavdelningen var fantastisk och frukostbuffén var den bästa på hela resan.', hotel, {
      rating: 5,
      site: 'tripadvisor',
    });
    expect(reply.family).toBe('fan');
    expect(reply.first).toMatch(/the spa/u);
    expect(reply.first).toMatch(/breakfast buffet/u);
  });
});
