// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import { ProfileSchema, type Profile } from '@/lib/settings/schema';
import { replyTo } from './test-helpers';

/**
 * Kinds of input that the held-out sets blind27 (long reviews) and blind28 (short social comments)
 * showed the replies missing, once they were read. Every item here is written afresh for this file
 * (none is a line of a set), and so are the profiles.
 */
const SHOE_SHOP: Profile = ProfileSchema.parse({
  brand: 'Alma Sandals',
  replierName: 'Marta Ruiz',
  signature: 'Marta, Alma Sandals',
  email: 'hola@almasandals.example',
  dmHandle: '@almasandals',
  business: { kind: 'shop', noun: 'order' },
  languages: ['es', 'en', 'pt', 'fr', 'it', 'de'],
  facts: {},
});
const LAKE_INN: Profile = ProfileSchema.parse({
  brand: 'Hotel Belvedere',
  replierName: 'Luca Ferri',
  signature: 'Luca Ferri, Hotel Belvedere',
  email: 'stay@belvedere.example',
  business: { kind: 'hotel', noun: 'stay' },
  languages: ['it', 'en', 'de', 'fr'],
  facts: {},
});
const BAKERY: Profile = ProfileSchema.parse({
  brand: 'Crumb & Co',
  replierName: 'Ellie Shaw',
  signature: 'Ellie, Crumb & Co',
  email: 'hello@crumbandco.example',
  dmHandle: '@crumbandco',
  business: { kind: 'cafe', noun: 'visit' },
  languages: ['en'],
  facts: {},
});

const read = (text: string, rating?: number) => readItem({ text, rating }, { classify, ownWords: [] });

describe('an injury or a danger told in five more languages', () => {
  it('a sprain, a slip, crutches, "could be dangerous", a railing that moves: escalation, not praise', () => {
    const es = replyTo(
      'Me encantan vuestras sandalias, pero el lunes resbalé en la escalera del metro con la suela mojada y llevo muletas desde entonces.',
      SHOE_SHOP,
      { site: 'facebook' },
    );
    expect(es.family).toBe('escalation');
    const it_ = replyTo(
      'Colazione ottima e personale gentile. Però la ringhiera della terrazza si muoveva parecchio: con dei bambini potrebbe essere pericoloso.',
      LAKE_INN,
      { rating: 4, site: 'tripadvisor' },
    );
    expect(it_.family).toBe('escalation');
    const de = replyTo('Schönes Zimmer, aber ich bin auf der nassen Treppe ausgerutscht und habe mir den Fuß verstaucht.', LAKE_INN, {
      rating: 3,
      site: 'google-maps',
    });
    expect(de.family).toBe('escalation');
  });

  it('a hospital named as where someone works or walks past is no emergency', () => {
    const reading = read(
      'I pass this place on my way to the hospital every morning and finally went in. The almond croissant is the best thing I have eaten all year.',
      5,
    );
    expect(reading.flags).not.toContain('hazard');
    const { family, first } = replyTo(
      'I pass this place on my way to the hospital every morning and finally went in. The almond croissant is the best thing I have eaten all year. My brother, who only drinks tea, approved.',
      BAKERY,
      { rating: 5 },
    );
    expect(family).toBe('fan');
    expect(first).not.toMatch(/okay|unwell|sorry/u);
    expect(first).not.toMatch(/drinks tea/u);
  });
});

describe('a fault said not to have happened is praise, not a complaint', () => {
  it('"sin una sola rozadura", "keine einzige Blase", "sans la moindre ampoule", "senza nessuna vescica": no fault read', () => {
    for (const [text, language] of [
      ['Caminé todo el día por Sevilla sin una sola rozadura. Las mejores que he tenido.', 'es'],
      ['Den ganzen Tag gelaufen und keine einzige Blase. Sehr bequem.', 'de'],
      ['Portées toute une journée de mariage sans la moindre ampoule, bravo.', 'fr'],
      ['Indossate per un matrimonio, ballato tutta la sera senza nessuna vescica.', 'it'],
    ] as const) {
      const reading = read(text);
      expect(reading.language, text).toBe(language);
      expect(reading.flags, text).not.toContain('complaint');
      expect(reading.points.map((p) => p.text.toLowerCase()).join(' '), text).not.toMatch(/rozadura|blase|ampoule|vescica/u);
    }
    const { family } = replyTo('Caminé todo el día por Sevilla sin una sola rozadura. Las mejores que he tenido.', SHOE_SHOP, {
      site: 'instagram',
    });
    expect(family).toBe('fan');
  });

  it('"none of them was a letdown", "didn\'t come out like cardboard", "not dry like the chain ones": a fan', () => {
    expect(
      replyTo('Der Portier hat uns drei Restaurants empfohlen, und keines war eine Enttäuschung. Gerne wieder!', LAKE_INN, {
        rating: 5,
        site: 'google-maps',
      }).family,
    ).toBe('fan');
    expect(
      replyTo("Followed your sourdough video and for once my loaf didn't come out like a brick. You lot are legends", BAKERY, {
        site: 'youtube',
      }).family,
    ).toBe('fan');
    expect(
      replyTo('grab the cinnamon bun at Crumb & Co before 11, properly gooey, not dry like the supermarket ones. thank me later', BAKERY, {
        site: 'reddit',
      }).family,
    ).toBe('fan');
  });
});

describe('a staff name in apposition or after a role word of another language', () => {
  it('"Rosa, one of the bakers, came out", "Iker, por el chat, me dijo", "das Gespräch mit Jana", "vores tjener DeMarco"', () => {
    const names = (text: string) =>
      read(text)
        .points.filter((p) => p.aspect === 'staff')
        .map((p) => p.text);
    expect(names('Rosa, one of the bakers, came out from the kitchen to say hello to my son.')).toContain('Rosa');
    expect(names('Iker, por el chat de la tienda, me dijo que pidiera la 39 y acertó.')).toContain('Iker');
    expect(names('Das Beratungsgespräch mit Jana war Gold wert.')).toContain('Jana');
    expect(names('Vores tjener DeMarco var utrolig sød og hjalp os med alt.')).toContain('DeMarco');
  });
});
