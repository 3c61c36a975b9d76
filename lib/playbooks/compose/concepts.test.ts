// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '@/lib/settings/schema';
import { replyTo } from '../test-helpers';
import { conceptPhrase, pairConcept, sharedName, unspacedPhrases } from './concepts';

// Words and items written for this file.
/** An English-only café, for items written in other languages. */
const cafe = ProfileSchema.parse({
  brand: 'Kaffebar Tre Kvarter',
  replierName: 'Sam',
  signature: 'Sam, Kaffebar Tre Kvarter',
  business: { kind: 'cafe', noun: 'visit' },
  languages: ['en'],
  facts: {},
});

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

describe('hotel, café, shop and app things named in a language we do not reply in', () => {
  it('names the thing in the reply language, whatever case or form the item puts it in', () => {
    // Polish, with ł and without it, and in its cases.
    expect(conceptPhrase('Toaleta', 'en')).toBe('the toilet');
    expect(conceptPhrase('mydła', 'en')).toBe('the soap');
    expect(conceptPhrase('łazience', 'en')).toBe('the bathroom');
    expect(conceptPhrase('lazienka', 'en')).toBe('the bathroom');
    expect(conceptPhrase('zamówienie', 'en')).toBe('the order');
    // Dutch, Swedish, Danish, Norwegian.
    expect(conceptPhrase('handdoeken', 'fr')).toBe('les serviettes');
    expect(conceptPhrase('wachtwoord', 'it')).toBe('la password');
    expect(conceptPhrase('nyckeln', 'de')).toBe('Schlüssel');
    expect(conceptPhrase('Kanelsnurren', 'en')).toBe('the cinnamon roll');
    expect(conceptPhrase('kanelbullarna', 'es')).toBe('el rollo de canela');
    expect(conceptPhrase('heisen', 'es')).toBe('el ascensor');
    expect(conceptPhrase('kø', 'en')).toBe('the queue');
    // Czech, Turkish (dotless ı and ğ as typed), Finnish.
    expect(conceptPhrase('klimatizace', 'it')).toBe("l'aria condizionata");
    expect(conceptPhrase('účtenku', 'en')).toBe('the receipt');
    expect(conceptPhrase('köpeğim', 'en')).toBe('the dog');
    expect(conceptPhrase('yastığı', 'pt')).toBe('as almofadas');
    expect(conceptPhrase('siparişim', 'fr')).toBe('la commande');
    expect(conceptPhrase('pöydän', 'en')).toBe('the table');
    expect(conceptPhrase('salasana', 'fr')).toBe('le mot de passe');
    // The languages we may reply in, when this business does not.
    expect(conceptPhrase('Rückerstattung', 'en')).toBe('the refund');
    expect(conceptPhrase('contraseña', 'en')).toBe('the password');
    expect(conceptPhrase('lenzuola', 'fr')).toBe('les draps');
    expect(conceptPhrase('chauffage', 'de')).toBe('Heizung');
    expect(conceptPhrase('travesseiros', 'en')).toBe('the pillows');
  });

  it('a compound names its part ("Zimmerschlüssel", "kraanwater"), two words name one thing ("patatas fritas")', () => {
    expect(conceptPhrase('Zimmerschlüssel', 'en')).toBe('the key');
    expect(conceptPhrase('Kellertreppe', 'fr')).toBe("l'escalier");
    expect(conceptPhrase('kraanwater', 'en')).toBe('the water');
    expect(pairConcept('patatas', 'fritas', 'en')).toBe('the fries');
    expect(pairConcept('customer', 'service', 'de')).toBe('Kundenservice');
    expect(pairConcept('obsługa', 'klienta', 'en')).toBe('the customer service');
  });

  it('Japanese and Chinese name them inside unspaced text; a hot dog is no dog', () => {
    expect(unspacedPhrases('トイレが汚くて、石鹸もタオルもなかった。', 'en')).toEqual(['the toilet', 'the soap', 'the towels']);
    expect(unspacedPhrases('房间的空调坏了，前台也不管。', 'fr')).toEqual(['la chambre', 'la climatisation', 'la réception']);
    expect(unspacedPhrases('アプリのパスワードを変更できない', 'de')).toEqual(['App', 'Passwort']);
    expect(unspacedPhrases('热狗很好吃', 'en')).toEqual(['the hot dog']);
  });

  it('common words of other languages that look like these are no thing', () => {
    const notThings = [
      // English
      'bad',
      'gift',
      'stolen',
      'windy',
      'dozen',
      'hundreds',
      'acceptable',
      'waterproof',
      'apparently',
      'articles',
      'computer',
      'update',
      // French, Spanish, Italian, Portuguese
      'commodément',
      'pies',
      'despedido',
      'jugó',
      'sollecito',
      'sossegado',
      'terás',
      'cão',
      // German, Dutch
      'fantastisch',
      'saftigen',
      'Erzählung',
      'Berichterstattung',
      'Tafelspitz',
      'Puter',
      'küssen',
      'tot',
      'dag',
      'kort',
      'misschien',
      'vatten',
      'bazen',
      'cao',
      'kudde',
      'paddenstoelen',
      'spotprijsje',
      // Finnish "because", Czech "I will forget", Danish "human", Turkish "scary"
      'sillä',
      'zapomenu',
      'menneske',
      'korkutucu',
    ];
    for (const word of notThings) expect([word, conceptPhrase(word, 'en')]).toEqual([word, undefined]);
  });

  it('a Polish complaint about a dirty toilet with no soap is answered in English about the toilet and the soap', () => {
    const reply = replyTo('Toaleta była brudna, nie było ani papieru, ani mydła. Szkoda, bo kawa smaczna.', cafe, { rating: 2 });
    expect(reply.family).toBe('complaint');
    expect(reply.first).toMatch(/the toilet/u);
    expect(reply.first).toMatch(/the soap/u);
  });

  it('a Danish guest who found the cinnamon roll dry and the queue long hears about both, in English', () => {
    const reply = replyTo('Kanelsnurren var tør, og køen ved disken var alt for lang. Kaffen var fin.', cafe, { rating: 3 });
    expect(reply.all.join('\n')).toMatch(/the cinnamon roll/u);
    expect(reply.all.join('\n')).toMatch(/the queue/u);
  });
});

describe('a pet already named is not named again as "the dog", and Dutch "door" is no door', () => {
  it('a Dutch guest whose labrador loved it is thanked for the pet once', () => {
    const { first } = replyTo(
      'Onze labrador werd zo verwend door jullie team, de hond kreeg zelfs een koekje! Heerlijke koffie ook.',
      cafe,
      {
        site: 'google-maps',
        rating: 5,
      },
    );
    expect(first).not.toMatch(/your pet.*the dog|the dog.*your pet/isu);
    // Dutch "door" is "by", not a door.
    expect(first).not.toMatch(/\bthe door\b/u);
  });
});
