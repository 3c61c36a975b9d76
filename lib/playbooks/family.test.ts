import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import { familyOf } from './family';

const familyFor = (text: string, rating?: number) => {
  const reading = readItem({ text, rating, ratingMax: rating === undefined ? undefined : 5 }, { classify });
  return familyOf(reading, text);
};

describe('familyOf on items not seen by the tuning sets', () => {
  it('a group called thieves is an attack to ignore, in any of our languages', () => {
    expect(familyFor('Tedeschi ladri, tutti uguali. Vergognatevi')).toBe('ignore');
    expect(familyFor('Bankers are all crooks and this shop is no different')).toBe('ignore');
  });

  it('something missing or not allowed is a complaint, not praise', () => {
    expect(familyFor('Es gab weder Handtücher noch Seife, und ins Restaurant durften wir mit dem Kind nicht.')).toBe('complaint');
    expect(familyFor("Il n'y avait ni serviettes ni savon dans la chambre.", 2)).toBe('complaint');
    expect(familyFor('No había ni toallas ni jabón en la habitación.', 2)).toBe('complaint');
  });

  it('four stars with praise and a worn room is lukewarm', () => {
    expect(familyFor('Personnel très aimable, belle vue. La chambre est un peu vieillotte.', 4)).toBe('lukewarm');
    expect(familyFor('Sehr nettes Personal, aber das Bad ist etwas in die Jahre gekommen.', 4)).toBe('lukewarm');
  });

  it('five stars of plain praise stays a fan', () => {
    expect(familyFor('Personnel très aimable, belle vue, petit-déjeuner parfait.', 5)).toBe('fan');
  });

  it('a shrug with a wish is lukewarm, not a complaint', () => {
    expect(familyFor('Ganz okay. Die App ist aber langsamer als die Website.')).toBe('lukewarm');
  });

  it('neutral words about nothing of ours get a light touch; with a point of ours, thanks', () => {
    const neutral = { flags: [], tone: 'neutral' as const, stars: undefined, points: [], questions: [] };
    expect(familyOf(neutral, 'Lugano under snow again ❄️')).toBe('light');
    const withPoint = { ...neutral, points: [{ aspect: 'room' as const, polarity: 'neutral' as const, text: 'view' }] };
    expect(familyOf(withPoint, 'That view from room 12 ❄️')).toBe('fan');
    expect(familyOf({ ...neutral, stars: 3 }, 'Lugano under snow again ❄️')).toBe('lukewarm');
  });

  it('time saved is praise, not a wait', () => {
    expect(familyFor('The export saves me about 3 hours a month. Recommended to any small business.')).toBe('fan');
  });
});
