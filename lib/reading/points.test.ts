import { describe, expect, it } from 'vitest';
import { extractPoints } from './points';

const texts = (text: string, language = 'en') => extractPoints(text, { language }).map((p) => p.text);

describe('extractPoints', () => {
  it('names what they ordered, bought or tried, in each language', () => {
    expect(texts('We ordered the lamb shoulder and it was dry.')).toContain('lamb shoulder');
    expect(texts("J'ai commandé le tartare de boeuf, très décevant.", 'fr')).toContain('tartare de boeuf');
    expect(texts('Compré unas botas de agua y se rompieron.', 'es')).toContain('botas de agua');
    expect(texts('Ich habe die Gemüsesuppe bestellt, sie war kalt.', 'de').some((t) => /Gemüsesuppe/u.test(t))).toBe(true);
  });

  it('keeps the longer name of a dish it already knows ("smoked wings", "tarta de queso")', () => {
    expect(texts('I tried the smoked wings and loved them.')).toContain('smoked wings');
    expect(texts('La tarta de queso estaba buenísima.', 'es')).toContain('tarta de queso');
  });

  it('does not take a noun for a French participle or a pronoun for an article', () => {
    expect(texts('Commande à emporter : tout était froid.', 'fr')).not.toContain('emporter');
    expect(texts('Ils ont refusé ma carte, impossible de la payer.', 'fr')).not.toContain('payer');
  });

  it('reads amounts with thousands separators and percentages, and keeps them with their noun', () => {
    const points = extractPoints('They kept my $2,500 deposit and added a 15% service charge.', { language: 'en' });
    expect(points.find((p) => p.text === 'deposit')?.amount).toBe('$2,500');
    expect(points.some((p) => p.aspect === 'price' && p.text === '$2,500')).toBe(false);
  });

  it('reads hazards: alarms, hair or plastic in food, reactions', () => {
    expect(extractPoints('The smoke alarm went off twice at night.', { language: 'en' }).some((p) => p.aspect === 'safety')).toBe(true);
    expect(
      extractPoints('Il y avait un cheveu dans ma soupe.', { language: 'fr' }).some((p) => p.aspect === 'safety' && p.text === 'cheveu'),
    ).toBe(true);
  });

  it('does not count a drive or a walk as a wait', () => {
    expect(
      extractPoints('We drove 40 minutes to get here and the ribs were gone.', { language: 'en' }).some((p) => p.aspect === 'wait'),
    ).toBe(false);
    expect(extractPoints('We waited 40 minutes for the ribs.', { language: 'en' }).find((p) => p.aspect === 'wait')?.amount).toBe(
      '40 minutes',
    );
  });

  it('reads "does not work" as negative in each language', () => {
    expect(extractPoints('Il wifi non funzionava mai.', { language: 'it' }).find((p) => /wifi/u.test(p.text))?.polarity).toBe('negative');
  });

  it('does not greet a German noun after an article as a person', () => {
    expect(extractPoints('Das Personal hat uns sehr geholfen.', { language: 'de' }).some((p) => p.person === 'Personal')).toBe(false);
  });
});

describe('named staff', () => {
  const people = (text: string, language: string) => extractPoints(text, { language }).flatMap((p) => (p.person ? [p.person] : []));

  it('finds a name after a thank-you even when it ends like an article ("merci à Julien")', () => {
    expect(people('Super dîner, merci à Margaux pour les conseils', 'fr')).toEqual(['Margaux']);
    expect(people('Obrigada a Inês pela paciência!', 'pt')).toEqual(['Inês']);
  });

  it('finds a name singled out ("especially Tom", "in particolare Sara") or at the counter', () => {
    expect(people('Staff were great, especially Tom at breakfast.', 'en')).toEqual(['Tom']);
    expect(people('Personale gentile, in particolare Sara.', 'it')).toEqual(['Sara']);
    expect(people('Noor on the counter always remembers my order.', 'en')).toEqual(['Noor']);
  });

  it('does not take a sentence-opening word for a name', () => {
    expect(people('Nothing on the door or the website about it.', 'en')).toEqual([]);
    expect(people('Everyone at the bar was lovely.', 'en')).toEqual([]);
  });
});
