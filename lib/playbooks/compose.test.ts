// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import { ProfileSchema, type Profile } from '@/lib/settings/schema';
import { suggestReplies } from './suggest';

/** A shop that writes Spanish first, then English; its facts are in Spanish. */
const SHOP: Profile = ProfileSchema.parse({
  brand: 'Suela Roja',
  replierName: 'Ana Vidal',
  signature: 'Ana · Suela Roja',
  email: 'hola@suelaroja.example',
  dmHandle: '@suelaroja',
  business: { kind: 'shop', noun: 'order' },
  languages: ['es', 'en'],
  facts: { delivery: 'Envío gratis a España y Portugal en 3 días', returns: 'Cambios gratis durante 30 días' },
});

const CAFE: Profile = ProfileSchema.parse({
  brand: 'Little Mill',
  replierName: 'Joe Park',
  signature: 'Joe, Little Mill',
  email: 'hi@littlemill.example',
  business: { kind: 'cafe', noun: 'visit' },
  languages: ['en'],
  facts: { hours: 'Open daily 8:00–16:00' },
});

function first(text: string, profile: Profile, extra: { site?: string; rating?: number; author?: string } = {}): string {
  const { site = 'google-maps', rating, author = 'Sam Lee' } = extra;
  const reading = readItem({ text, rating, author }, { classify });
  const result = suggestReplies({ item: { id: 'c1', site, text, rating, author }, labels: reading, profile });
  return result.suggestions[0]?.text ?? '';
}

describe('composed replies', () => {
  it('quotes a fact in another language with a label instead of splicing it into a sentence', () => {
    const reply = first('Do you deliver to Portugal? How long does it take?', SHOP, { site: 'facebook' });
    expect(reply).toContain('Our info on this (in Spanish): "Envío gratis a España y Portugal en 3 días."');
  });

  it('leaves a gap when the question names a place the fact does not cover', () => {
    const reply = first('¿Hacéis envíos a Chile?', SHOP, { site: 'instagram' });
    expect(reply).toMatch(/\[respuesta: [^\]]*Chile[^\]]*\]/u);
    expect(reply).not.toContain('España y Portugal');
  });

  it('says back things named in a language it does not write, in its own words', () => {
    const reply = first('Het ontbijt was koud en de koffie was slecht.', CAFE, { rating: 2 });
    expect(reply).toMatch(/the breakfast|the coffee/u);
  });

  it('never apologises for what a review in another language praised, even in the same sentence', () => {
    // Dutch, Polish, Swedish: the praised side of "maar", "ale", "men" is not part of the complaint.
    const dutch = first('Koffie was lekker maar de taart was oud en droog. Jammer.', CAFE, { rating: 2 });
    expect(dutch).toMatch(/sorry about the cake/u);
    expect(dutch).not.toMatch(/coffee/u);
    const polish = first('Kawa dobra, ciasto też ok. Ale mleko owsiane miało być bez dopłaty, a zapłaciłam 60p więcej.', CAFE, {
      rating: 2,
    });
    expect(polish).not.toMatch(/the (?:coffee|cake)/u);
    expect(polish).toMatch(/the oat milk/u);
    // Where their proof is kept (the bank's app) is not what went wrong.
    const charged = first('Terminal pobrał mi pieniądze dwa razy. Mam potwierdzenie w aplikacji banku. Kto mi to zwróci?', CAFE);
    expect(charged).toMatch(/sorry/u);
    expect(charged).not.toMatch(/the app/u);
    const swedish = first('Kaffet var gott men kanelbullen var torr och kall.', CAFE, { rating: 2 });
    expect(swedish).not.toMatch(/coffee/u);
  });

  it('names an extra charge with its sum: the charge is the complaint, not context', () => {
    const reply = first(
      'Your menu board says oat milk is no extra charge. Got charged 60p on top for it on my flat white this morning. Then change the board?',
      CAFE,
      { rating: 2 },
    );
    expect(reply).toMatch(/the 60p charge/u);
    // A price said as context is still left out of a complaint about something else.
    expect(first('Paid £4.20 for a flat white and it came out cold.', CAFE, { rating: 2 })).not.toMatch(/£4\.20/u);
  });

  it('never apologises for what was offered to make up for it, nor for praise in strong words', () => {
    const offered = first("Le service était lent mais le serveur s'est excusé et nous a offert le café.", CAFE);
    expect(offered).not.toMatch(/caf[eé]/u);
    // "incrível": praise the lists lacked, so the breakfast and the view were apologised for.
    const hotel = first('Quarto com vista para o lago, pequeno-almoço incrível. Só o estacionamento é caro (25 CHF por noite).', CAFE);
    expect(hotel).not.toMatch(/breakfast|view/u);
    // An Italian bill said in English, and a bill that did not match the menu is a complaint.
    expect(first('Ottima cena, ma il conto non corrispondeva ai prezzi del menu.', CAFE)).toMatch(/sorry[^.]*the bill/u);
  });

  it('names what broke and keeps what they praised out of the apology', () => {
    const shoes = first('Cute shoes and the jute looks well made BUT the ankle straps rubbed both my heels raw. Sending them back.', SHOP, {
      rating: 2,
    });
    expect(shoes).toMatch(/ankle straps/u);
    expect(shoes).not.toMatch(/jute|cute/iu);
    // Two stars, praise of the stitching and what snapped: a complaint, not thanks for the laces.
    const laces = first('Beautiful stitching. The laces snapped the first time I tied them.', SHOP, { rating: 2 });
    expect(laces).toMatch(/sorry[^.]*laces/u);
    expect(first('Cute café, well made coffee, but the toilets were filthy.', CAFE, { rating: 2 })).not.toMatch(/café|coffee/u);
  });

  it('separates what a lukewarm reviewer liked from what fell short', () => {
    const reply = first('Decent coffee and a nice spot by the window. The cake was a bit dry and pricey though.', CAFE, { rating: 3 });
    expect(reply).toContain('Glad you enjoyed the coffee.');
    expect(reply).toMatch(/right to mention the dry cake/u);
    expect(reply).not.toMatch(/right to mention[^.]*coffee/u);
  });

  it('congratulates an occasion instead of saying the fan loved it', () => {
    const reply = first('Thank you for the surprise cake for our anniversary, the staff were wonderful!', CAFE, { rating: 5 });
    expect(reply).not.toMatch(/loved the anniversary/u);
    expect(reply).toContain('your anniversary');
  });

  it('does not greet a long lower-case user name as a first name', () => {
    expect(first('Loved the flat white!', CAFE, { site: 'instagram', author: 'morningcoffeelover' })).toMatch(/^Hi there,/u);
  });
});

describe('closing lines fit what the person said', () => {
  const all = (text: string, profile: Profile, extra: { site?: string; rating?: number } = {}) => {
    const { site = 'google-maps', rating } = extra;
    const reading = readItem({ text, rating, author: 'Sam Lee' }, { classify });
    return suggestReplies({ item: { id: 'c1', site, text, rating, author: 'Sam Lee' }, labels: reading, profile })
      .suggestions.map((s) => s.text)
      .join('\n');
  };

  it('never says "again" to someone asking before their first visit', () => {
    const replies = all('Do you have high chairs for toddlers?', CAFE, { site: 'facebook' });
    expect(replies).not.toMatch(/again|welcome back/iu);
  });

  it('does not invite back someone who says they will not come back', () => {
    const replies = all('Lovely cakes but honestly the coffee was burnt every time. Not coming back, sorry.', CAFE, { rating: 3 });
    expect(replies).not.toMatch(/see you|welcome you back|hope to see/iu);
  });

  it('tells a first-timer it hopes for more, not "see you again"', () => {
    const replies = all('First time here and the cinnamon bun was incredible!', CAFE, { rating: 5 });
    expect(replies).toMatch(/first of many/iu);
    expect(replies).not.toMatch(/welcome back/iu);
  });

  it('closes a Spanish question from a shop without assuming an order was made', () => {
    const replies = all('¿Tenéis la talla 46?', SHOP, { site: 'instagram' });
    expect(replies).not.toMatch(/disfrut|primer pedido/iu);
  });
});

describe('answers from the facts', () => {
  const APP: Profile = ProfileSchema.parse({
    brand: 'Tallybook',
    replierName: 'Rui Costa',
    signature: 'Rui, Tallybook',
    email: 'help@tallybook.example',
    business: { kind: 'app', noun: 'account' },
    languages: ['en'],
    facts: {
      pricing: 'Free for up to 3 clients; Pro €9 a month',
      payment: 'Card, PayPal and SEPA debit',
      delivery: 'We ship to Spain and Portugal in 2–4 days',
    },
  });

  it('leaves a gap when the fact a key word points to does not name what is asked', () => {
    const reply = first('Does the free plan let you track mileage for trips?', APP, { site: 'facebook' });
    expect(reply).toMatch(/\[whether [^\]]*mileage/u);
    expect(reply).not.toContain('Pro €9');
  });

  it('leaves a gap when asked for people not staying and the fact is for guests', () => {
    const INN: Profile = ProfileSchema.parse({
      brand: 'Lakeside Inn',
      replierName: 'Ana Silva',
      signature: 'Ana, Lakeside Inn',
      email: 'stay@lakeside.example',
      business: { kind: 'hotel', noun: 'stay' },
      languages: ['en', 'it'],
      facts: { spa: 'Sauna and pool open 8:00–20:00, free for hotel guests' },
    });
    expect(first('Is the sauna open for day visitors too?', INN, { site: 'facebook' })).toMatch(/\[[^\]]*day visitors[^\]]*\]/u);
    expect(first('Can non-residents use the sauna?', INN, { site: 'facebook' })).toMatch(/\[whether non-residents can use the sauna\]/u);
    expect(first('La sauna è aperta anche per chi non soggiorna da voi?', INN, { site: 'facebook' })).toMatch(/\[risposta: /u);
    expect(first('When is the sauna open?', INN, { site: 'facebook' })).toContain('8:00–20:00');
  });

  it('finds the fact asked about in any of the six languages, not the one a supposed case names', () => {
    const SHOE: Profile = ProfileSchema.parse({
      brand: 'Suela',
      replierName: 'Inés Gil',
      signature: 'Inés, Suela',
      email: 'hola@suela.example',
      business: { kind: 'shop', noun: 'order' },
      languages: ['en'],
      facts: {
        website: 'Order at suela.example',
        returns: 'Free returns within 30 days',
        sizes: 'Sizes 35–46; between two sizes, take the larger',
        giftCards: 'Gift cards from 20 € online',
      },
    });
    expect(first('How do returns work if they are too big?', SHOE, { site: 'facebook' })).toContain('Free returns within 30 days');
    expect(first('Avete un sito per ordinare?', SHOE, { site: 'facebook' })).toContain('suela.example');
    expect(first('Têm cartões de oferta?', SHOE, { site: 'facebook' })).toContain('Gift cards');
    expect(first('Fallen die eher klein aus?', SHOE, { site: 'facebook' })).toContain('Sizes 35–46');
  });

  it('still answers when the fact names what is asked', () => {
    expect(first('Does the Pro plan let you have more than 3 clients?', APP, { site: 'facebook' })).toContain('3 clients');
  });

  it('answers two questions the facts both answer', () => {
    const reply = first('Can I pay with PayPal? And how long does delivery take to Portugal?', APP, { site: 'facebook' });
    expect(reply).toContain('PayPal');
    expect(reply).toContain('2–4 days');
  });
});

describe('acknowledgements are well-formed noun phrases', () => {
  const BISTRO: Profile = ProfileSchema.parse({
    brand: 'Chez Lou',
    replierName: 'Lou Martin',
    signature: 'Lou, Chez Lou',
    email: 'bonjour@chezlou.example',
    business: { kind: 'restaurant', noun: 'meal' },
    languages: ['fr', 'en'],
  });

  it('says a French verdict with its dish and never a temperature alone', () => {
    const reply = first('Les desserts étaient froids et le service lent.', BISTRO, { rating: 2 });
    expect(reply).toContain('les desserts froids');
    expect(reply).not.toMatch(/les froids|le froid/u);
  });

  it('names the lack of space rather than the pram', () => {
    const reply = first('Nowhere to put a pram, tables are crammed so close I had to ask people to move.', CAFE, { rating: 2 });
    expect(reply).toContain('the lack of space');
    expect(reply).not.toContain('the pram');
  });
});

describe('amounts, German nouns and time lost', () => {
  const HOTEL_DE: Profile = ProfileSchema.parse({
    brand: 'Haus am See',
    replierName: 'Eva Roth',
    signature: 'Eva, Haus am See',
    email: 'info@hausamsee.example',
    business: { kind: 'hotel', noun: 'stay' },
    languages: ['de'],
  });

  it('says a sum that is not a price without calling it one', () => {
    const reply = first('A client paid €3,400 into the wrong account after someone changed my bank details. How did this happen?', CAFE, {
      site: 'facebook',
    });
    expect(reply).not.toContain('€3,400 price');
    expect(first('$19 for a half pound of ribs that weighed 6 oz. Math is hard I guess.', CAFE, { site: 'facebook', rating: 1 })).toContain(
      '$19 price',
    );
  });

  it('names a German thing without an adjective whose ending would need the case', () => {
    const reply = first('Das Personal hat uns ein wunderbares Restaurant in der Altstadt empfohlen. Die Sauna war herrlich!', HOTEL_DE, {
      rating: 5,
    });
    expect(reply).not.toMatch(/wunderbares Restaurant/u);
  });

  it('does not call time lost on something else a wait', () => {
    expect(first('Followed this tutorial but there is no reminder button. Wasted an hour.', CAFE, { site: 'youtube' })).not.toMatch(
      /wait/u,
    );
  });
});

describe('short answers', () => {
  it('answer "how long" with the part of the fact that holds the duration', () => {
    const shop: Profile = ProfileSchema.parse({
      brand: 'Suela Roja',
      replierName: 'Ana Vidal',
      signature: 'Ana · Suela Roja',
      email: 'hola@suelaroja.example',
      business: { kind: 'shop', noun: 'order' },
      languages: ['es'],
      facts: { delivery: 'Envío gratis desde 50 € a España peninsular y Portugal, en 2–4 días laborables; Canarias en 5–7 días' },
    });
    const reading = readItem({ text: '¿Cuánto tarda la entrega a Portugal?', author: 'Rosa Gil' }, { classify });
    const result = suggestReplies({
      item: { id: 'q1', site: 'facebook', text: '¿Cuánto tarda la entrega a Portugal?', author: 'Rosa Gil' },
      labels: reading,
      profile: shop,
    });
    const short = result.suggestions.find((s) => s.intent === 'short-answer')!.text;
    expect(short).toContain('2–4 días laborables');
    expect(short).not.toContain('Envío gratis desde 50 €');
  });
});

describe('harm said back plainly', () => {
  it('names the injury, the fall, the foreign object and the gluten', () => {
    const wrist = first('Slipped on a greasy floor by the restrooms and fractured my wrist. My attorney will be in touch.', CAFE, {
      rating: 1,
    });
    expect(wrist).toMatch(/the fall|your fractured wrist/u);
    expect(wrist).not.toMatch(/the slipped|fractured my/u);
    const wire = first('My son bit into a piece of metal wire in his sandwich and cut his gum. I expect a call.', CAFE, {
      site: 'facebook',
      rating: 1,
    });
    expect(wire).toContain('metal wire');
    const gluten = first("Was told the banana bread was gluten free. I'm coeliac and I've been ill for two days.", CAFE, { rating: 1 });
    expect(gluten).toContain('the gluten');
    expect(gluten).not.toContain('the coeliac');
  });
});

describe('questions found and answered more often (written afresh)', () => {
  const INN: Profile = ProfileSchema.parse({
    brand: 'Casa Alta',
    replierName: 'Rita Mora',
    signature: 'Rita, Casa Alta',
    email: 'hola@casaalta.example',
    business: { kind: 'hotel', noun: 'stay' },
    languages: ['es', 'en', 'de'],
    facts: {
      hours: 'Recepción de 8:00 a 22:00',
      pets: 'Perros bienvenidos, 15 € por noche',
      booking: 'Reserva en la web; cancelación gratis hasta 48 horas antes',
      spa: 'Spa abierto de 9:00 a 20:00, gratis para huéspedes',
      locations: 'Sevilla y Cádiz',
    },
  });
  it('a breed is a dog, and a weekday does not make a booking question about opening hours', () => {
    // The Spanish fact said in English ("Dogs welcome, 15 € per night").
    expect(first('can I bring my cockapoo?', INN, { site: 'facebook' })).toContain('Dogs welcome, 15 € per night');
    expect(first('can we book a room for friday?', INN, { site: 'facebook' })).toContain('Reserva en la web');
    expect(first('is the spa open on sundays?', INN, { site: 'facebook' })).toContain('Spa abierto');
  });
  it('a short Spanish question with "¿" is Spanish and a question, answered in Spanish', () => {
    const reply = first('¿Aceptáis perros?', INN, { site: 'facebook' });
    expect(reply).toContain('Perros bienvenidos');
    expect(reply).toMatch(/pregunta/u);
  });
  it('names no topic from a question word ("¿A qué hora…?" is not about "el qué hora")', () => {
    const reply = first('¿A qué hora abre la recepción?', INN, { site: 'facebook' });
    expect(reply).toContain('Recepción de 8:00');
    expect(reply).not.toMatch(/sobre (?:el|la) qu[eé]/u);
  });

  it('"support hours" is a noun, "takeaway" is delivery, "¿cómo hago una devolución?" is a question', () => {
    const APP: Profile = ProfileSchema.parse({
      brand: 'Sumly',
      replierName: 'Ida Berg',
      signature: 'Ida, Sumly',
      email: 'help@sumly.example',
      business: { kind: 'app', noun: 'account' },
      languages: ['en'],
      facts: { hours: 'Support Mon–Fri 9:00–17:00', trial: 'Free for 14 days, no card needed' },
    });
    expect(first('What are your support hours?', APP, { site: 'facebook' })).toContain('Mon–Fri 9:00–17:00');
    expect(first('Can I try it before paying?', APP, { site: 'facebook' })).toContain('14 days');
    expect(first('do you do takeaway?', CAFE, { site: 'facebook' })).toMatch(/\[/u);
    const reply = first('¿Cómo hago una devolución?', SHOP, { site: 'facebook' });
    expect(reply).toContain('Cambios gratis');
    expect(reply).not.toMatch(/Sentimos/u);
  });
});
