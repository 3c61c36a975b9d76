// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import { familyOf } from './family';

const familyFor = (text: string, rating?: number) => {
  const reading = readItem({ text, rating, ratingMax: rating === undefined ? undefined : 5 }, { classify });
  return familyOf(reading, text);
};

/** Each text's family, with the text in the failure message. */
const expectFamilies = (family: string, texts: readonly string[]) => {
  for (const text of texts) expect([text, familyFor(text)]).toEqual([text, family]);
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

  it('a question that holds their own word against them is a complaint, not a question to answer', () => {
    expect(familyFor('£3.50 extra for the large size when your menu says it is the same price?? make it make sense')).toBe('complaint');
    expect(familyFor('Love the brunch, but a clean fork is not too much to ask?')).toBe('complaint');
    expect(familyFor('Asked for a nut-free plate and it came on the same big tray as the nut cookies, crumbs all over it. Why?', 4)).toBe(
      'complaint',
    );
  });

  it('a story of something that went wrong, ending in a question, is a complaint (six languages)', () => {
    expectFamilies('complaint', [
      "Booked the 10am class online, turned up and the instructor wasn't there. What happened?",
      "My parcel has been stuck in 'preparing' for nine days. Is it even coming?",
      'Paid for express shipping and it took 8 days. Why did I pay extra?',
      'The coffee machine at reception has been out of order all week. Will it be repaired?',
      'The zip broke on the first day. Do you repair these?',
      'Bought the hiking boots in March and the sole has already come off the left one. Is that covered by the warranty?',
      'Nobody answers the phone at the Leeds branch. Are you still open?',
      "My order still hasn't arrived. Where is it?",
      'Ich warte seit zwei Wochen auf meine Bestellung. Wann kommt sie endlich?',
      'Se me despegó la suela a la semana. ¿Me lo cambiáis?',
      'Aspetto da dieci giorni e nessuno risponde alle mail. Quando arriva il pacco?',
      'Estou há duas semanas à espera da encomenda. Quando chega?',
    ]);
  });

  it("the same words in praise or eagerness stay a fan's", () => {
    expect(familyFor("The menu hasn't changed in years and it's still perfect")).toBe('fan');
    expect(familyFor("The staff weren't in a hurry to rush us out, lovely evening")).toBe('fan');
    expect(familyFor('Sigo esperando vuestro nuevo local en Madrid, ¡qué ganas!')).toBe('fan');
    expect(familyFor('The pizza still arrived piping hot, thank you so much')).toBe('fan');
  });

  it('their own worry, their kids or the weather before a "but" that turns to praise is a fan story, with or without stars', () => {
    for (const stars of [undefined, 5]) {
      for (const text of [
        "I was dreading the dentist as always, but Dr Patel was so gentle I didn't feel a thing",
        'My kids are usually terrible in restaurants but your staff kept them entertained!',
        'The rain was awful all weekend but the cabin was cosy and warm, loved every minute',
        "J'avais un peu peur du détartrage mais la dentiste a été adorable",
        'Tenía miedo al dentista pero el doctor fue encantador',
      ])
        expect([text, stars, familyFor(text, stars)]).toEqual([text, stars, 'fan']);
    }
    // A worry, then what did go wrong, is still a complaint.
    expect(familyFor('I was worried about the price but the food was cold and bland')).toBe('complaint');
  });

  it('"never change" and a visit made a ritual are a fan\'s words, in any of our languages', () => {
    expectFamilies('fan', [
      'Your oat milk latte is my Monday ritual ☕️ never change',
      'Ne changez rien !',
      'No cambiéis nunca',
      'Bleibt so wie ihr seid!',
      'Non cambiate mai',
      'Nunca mudem',
    ]);
    expect(familyFor('I hope you never change the menu back, the new one is worse')).toBe('complaint');
  });

  it('sent something else than was ordered is a complaint, even asked as how to swap (six languages)', () => {
    expectFamilies('complaint', [
      'Ordered the blue ones in a 38 and got the black ones. How do I swap them?',
      'Pedí las alpargatas azules talla 38 y me llegaron las negras. ¿Cómo hago el cambio?',
      "J'ai commandé les bleues et j'ai reçu les noires. Comment faire l'échange ?",
      'Ich habe die blauen bestellt und die schwarzen bekommen. Wie kann ich umtauschen?',
      'Ho ordinato le blu e mi sono arrivate le nere. Come faccio il cambio?',
      'Encomendei as azuis e recebi as pretas. Como faço a troca?',
    ]);
    expect(familyFor('Ordered a size 38 and got a perfect fit, love them')).toBe('fan');
  });

  it('blisters and chafing are a complaint beside praise; none of them is praise (six languages)', () => {
    expectFamilies('complaint', [
      'Lovely shoes but they give me blisters on the heel',
      'Las alpargatas son preciosas pero me hacen rozaduras en el talón',
      'Très jolies mais elles me font des ampoules',
      'Schöne Schuhe, aber sie scheuern an der Ferse',
      'Bellissime ma mi fanno le vesciche',
      'Lindas, mas fazem bolhas no calcanhar',
    ]);
    expect(familyFor('Walked all day, zero blisters')).toBe('fan');
    expect(familyFor('Las llevé 10 días caminando por todas partes y ni una rozadura.', 5)).toBe('fan');
  });

  it('service that took minutes is praise, not a wait to be ironic about', () => {
    expect(familyFor('Ordered a coffee and got it in two minutes, great service')).toBe('fan');
    expect(familyFor('Toller Service, in zwei Minuten erledigt')).toBe('fan');
    expect(familyFor('Took 40 minutes to get served, amazing')).toBe('complaint');
  });

  it('not greeted, staff on their phones: a complaint in six languages', () => {
    expectFamilies('complaint', [
      "The girl at the counter was on her phone the whole time and didn't even say hello.",
      'La dependienta estuvo todo el rato con el móvil y ni nos saludó.',
      'La vendeuse nous a servis sans nous dire bonjour.',
      'Die Bedienung hat uns nicht mal gegrüßt.',
      'Il cameriere ci ha servito senza salutarci.',
      'A empregada nem nos cumprimentou.',
    ]);
  });

  it('a meagre breakfast is a complaint; good food for the price is praise', () => {
    expect(familyFor('Colazione scarsa per il prezzo che si paga.')).toBe('complaint');
    expect(familyFor('Desayuno escaso y caro.')).toBe('complaint');
    expect(familyFor('Portions were skimpy')).toBe('complaint');
    expect(familyFor('Amazing food for the price!')).toBe('fan');
  });

  it('slow, late, not ready, loading forever or broken on arrival is a complaint, never thanked for (six languages)', () => {
    expectFamilies('complaint', [
      "Check-in took 40 minutes and our room wasn't ready until 6pm.",
      'Das Dashboard lädt ewig und der Export nach DATEV bricht immer ab.',
      'Las alpargatas llegaron con una semana de retraso y la caja estaba rota.',
      "La chambre n'était pas prête à notre arrivée.",
      'La camera non era pronta e il pacco è arrivato in ritardo.',
      'A encomenda chegou com atraso e a caixa veio amassada.',
    ]);
    expect(familyFor('The tour took an hour and was fascinating')).toBe('fan');
  });

  it("a short neutral line about a wait, with no praise, is not thanked as a fan's", () => {
    expect(familyFor('Check-in took ages')).not.toBe('fan');
    expect(familyFor('Back again for the third time this week')).toBe('fan');
  });

  it('a bad smell or an incomplete order is a complaint beside praise (six languages); a fit note is not thanked for', () => {
    expectFamilies('complaint', [
      'Das Frühstück war super, aber das Zimmer roch nach Rauch.',
      'Petit-déjeuner parfait mais la chambre sentait le tabac.',
      'Paguei portes de envio e a encomenda veio incompleta.',
      'El pedido llegó incompleto.',
      'Great breakfast but the room smelled of smoke.',
    ]);
    expect(familyFor('As alpargatas são lindas mas o tamanho 38 ficou grande.')).not.toBe('fan');
    expect(familyFor('La chambre sentait bon le propre, parfait !')).toBe('fan');
  });

  it('filthy restrooms and sticky tables are a complaint, even after praise of the staff', () => {
    expect(familyFor('Staff were friendly but the restrooms were filthy.')).toBe('complaint');
    expect(familyFor('Sticky tables and grubby menus, not great.')).toBe('complaint');
    expect(familyFor('The sticky toffee pudding was amazing')).toBe('fan');
  });

  it('a tiny room, a rock-hard bed, no soap, a spill: a complaint after praise of the staff (six languages)', () => {
    expectFamilies('complaint', [
      'Lovely staff but the room was tiny and the bed was rock hard.',
      'Nice place but the toilets were out of paper and soap.',
      'Good food but the waiter spilled wine on my jacket.',
      'Muy amables, pero la habitación era diminuta y la cama durísima.',
      'Nettes Personal, aber das Bett war steinhart und das Zimmer winzig.',
      'Personale gentile ma la stanza era minuscola e il letto durissimo.',
      'Equipa simpática mas o quarto era minúsculo e a cama duríssima.',
    ]);
    expect(familyFor('A tiny gem of a café, loved it')).toBe('fan');
  });

  it('an app that hangs or crashes and a soaked parcel are complaints in six languages; a plant and a dipped tiramisù are not', () => {
    expectFamilies('complaint', [
      'Le site plante à chaque paiement.',
      "L'app si blocca ogni volta che apro una fattura.",
      'O site vai abaixo sempre que pago.',
      'La app se bloquea al abrir una factura.',
      'Mi paquete llegó empapado.',
      'Das Paket war völlig durchnässt.',
    ]);
    expectFamilies('fan', ['Belle déco avec une plante verte, très agréable', 'Il tiramisù bagnato nel caffè perfetto']);
  });

  it("waiting eagerly for weeks is a fan's news, in any of our languages", () => {
    expectFamilies('fan', [
      'Ich warte seit Wochen darauf, wieder zu euch zu kommen!',
      'Estou ansiosa à espera do novo menu!',
      "J'attends depuis des semaines de revenir chez vous !",
      'Llevo semanas esperando a que abráis el nuevo local 😍',
      'Counting the days till you reopen!',
    ]);
  });

  it('time a thing saves them, a treasure, "still talking about it" are praise, not a wait or trouble', () => {
    expect(familyFor('The bank matching saves me two hours every single week, and the setup call was so helpful 👏')).toBe('fan');
    expect(familyFor('Die Vorlagen sparen mir locker zwei Stunden im Monat. Klare Empfehlung! 👏')).toBe('fan');
    expect(
      familyFor(
        'You did the food for our rehearsal dinner and the guests are still talking about the smoked wings. Zero stress for us, a real treasure.',
      ),
    ).toBe('fan');
  });

  it('data dropped without a word is a complaint even beside praise', () => {
    expect(familyFor('Love the app, but the PDF export silently drops the logo on every invoice. This is bad.')).toBe('complaint');
    expect(familyFor('Great tool otherwise, but my VAT report was short by 4 invoices this quarter.')).toBe('complaint');
  });

  it('asking whether a loved dish will ever come off the menu is no grievance', () => {
    expect(familyFor("that lemon tart might be the best thing I've had all year, does it ever come off the menu??")).not.toBe('complaint');
  });

  it('counsel retained or a disability-rights claim is legal; a nationality run down is an attack to ignore', () => {
    expect(
      familyFor(
        'The ramp was blocked again and my father had to be carried in. We have retained counsel and will file an ADA complaint.',
        1,
      ),
    ).toBe('legal');
    expect(familyFor('english people cannot cook and this video proves it 🤡')).toBe('ignore');
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
    // A longer account with no praise in it is not thanked for: asking what would have made it great is safe either way.
    const account =
      'Gestern ist im Bad der Spiegel über dem Waschbecken heruntergekommen, die Scherben lagen überall und am Empfang war niemand.';
    expect(familyOf({ ...withPoint, points: [{ aspect: 'room' as const, polarity: 'neutral' as const, text: 'Bad' }] }, account)).toBe(
      'lukewarm',
    );
    expect(familyOf({ ...neutral, stars: 3 }, 'Lugano under snow again ❄️')).toBe('lukewarm');
  });

  it('time saved is praise, not a wait', () => {
    expect(familyFor('The export saves me about 3 hours a month. Recommended to any small business.')).toBe('fan');
  });
});

// Kinds the third blind set's odd lines showed going to the wrong family, written afresh.
describe('familyOf: kinds from the third blind set', () => {
  it.each([
    'We could smell gas in the corridor all night and nobody came',
    'Ce matin ça sentait le gaz dans la salle de bain.',
    'In der Küche roch es nach Gas, das ist lebensgefährlich!',
  ])('a smell of gas is an escalation: %s', (text) => expect(familyFor(text)).toBe('escalation'));

  it('"is it just me or…" is a complaint, not a question', () => {
    expect(familyFor('Is it just me or did the portions shrink again? Same price too.')).toBe('complaint');
  });

  it('an insult with adjectives before it is still an insult', () => {
    expect(familyFor('Run by a pack of arrogant little muppets. Avoid.')).toBe('ignore');
  });

  it('praise and a sincere question, with "tired feet", is a question', () => {
    expect(familyFor('Stunning photos! Is the spa open to day guests? My tired legs need it after the hike 😅')).toBe('question');
  });

  it('four stars, pleased, with one problem, is lukewarm; with a list of problems, a complaint', () => {
    expect(familyFor('Lovely fit and really soft, but the strap is stiff for the first week.', 4)).toBe('lukewarm');
    expect(familyFor('Great cakes, but the service was a mess: waited 25 minutes, got the wrong tea, and the table was sticky.', 4)).toBe(
      'complaint',
    );
  });
});

// Kinds the fifth blind set's odd lines showed going to the wrong family, written afresh.
describe('familyOf: kinds from the fifth blind set', () => {
  it('a nationality ranked the worst of humankind is an attack to ignore', () => {
    expect(familyFor('germans are the rudest people on earth and their beer is piss lol')).toBe('ignore');
    expect(familyFor('British people are so rude, this whole street is a joke')).toBe('ignore');
  });

  it('"hates the cold" is weather, not a cold dish: a question stays a question', () => {
    expect(familyFor('can we sit inside with the dog?? she hates the cold 🥶')).toBe('question');
    expect(familyFor('The soup came out cold.', 2)).toBe('complaint');
  });

  it('a thing that does not break is praise', () => {
    expect(familyFor('Dos años con la misma mochila y no se rompe, ¡gracias por hacerlas tan bien!')).toBe('fan');
  });

  it('their own apology with nothing that went wrong is light, not a complaint', () => {
    expect(familyFor('just checking whether my replies show up now, sorry all!')).toBe('light');
  });

  it('a pleased five-star guest with one real problem is a complaint', () => {
    expect(
      familyFor(
        'Fantastic stay and friendly staff! One thing though: nobody mentioned the car park closes at 10pm, so we paid for a taxi back.',
        5,
      ),
    ).toBe('complaint');
  });

  it('a problem word under a praising negation is praise ("never disappoints", "jamais déçu")', () => {
    expect(familyFor('Third year ordering from them and they never disappoint. Nothing wrong with a single pair.')).toBe('fan');
    expect(familyFor('Jamais déçu, toujours aussi bon !')).toBe('fan');
    expect(familyFor('Nie enttäuscht, immer freundlich.')).toBe('fan');
  });
});

describe('familyOf: questions asked as grievances (written afresh)', () => {
  it.each([
    "Where's my parcel? Ordered on the 2nd, still nothing.",
    'When are you going to fix the login? Third day now.',
    'Are you ever going to answer your emails?',
    'How is it acceptable to charge £5 for tap water?',
    'What happened to the Sunday roast? It was the only reason we came.',
    '¿Dónde está mi pedido? Lo pagué hace diez días.',
    'Où est ma commande ? Ça fait deux semaines.',
    'Warum ist meine Bestellung immer noch nicht da?',
  ])('%s is a complaint, not a question', (text) => expect(familyFor(text)).toBe('complaint'));
  it('a plain question stays a question', () => {
    expect(familyFor('Where is your shop in Porto? I want to try the sizes on.')).toBe('question');
    expect(familyFor('Bis wie spät gibt es Frühstück am Sonntag?')).toBe('question');
    expect(familyFor('Posso cancellare la prenotazione senza costi?')).toBe('question');
  });
});

// Kinds the seventh blind set showed missed, written afresh (not its items).
describe('familyOf: kinds the seventh blind set showed', () => {
  it.each([
    // A story of what went wrong that ends in "explain how that happens?" or "any fix yet?".
    'Ordered a cake for Saturday, paid the deposit, turned up and it was not ready. Nobody called, nobody texted. Can anyone explain how that happens?',
    'Since Tuesday the PDF export gives me a blank file. My client is waiting. Is there a fix coming?',
    'Seit gestern kommt beim Export nur eine leere Datei raus. Gibt es schon eine Lösung?',
    'Did you make the burgers smaller or was it just mine? Same price as last year. Not cool.',
  ])('%s is a complaint, not a question', (text) => expect(familyFor(text)).toBe('complaint'));

  it('five stars for the food, then the problem after a "BUT", is a complaint', () => {
    expect(
      familyFor(
        'Five stars for the pastries as always. BUT the menu says brunch till 2 and at 1:30 we were charged full price for the set menu.',
        5,
      ),
    ).toBe('complaint');
  });

  it('a threat to write it up publicly is an escalation', () => {
    expect(
      familyFor('Your password reset emails show other users’ names. If this is not fixed by Monday I am writing it up publicly.'),
    ).toBe('escalation');
  });

  it('someone nearly hurt is an escalation in Italian too', () => {
    expect(familyFor('Lo specchio del bagno è caduto in mille pezzi vicino a mio figlio. Poteva finire molto peggio.', 1)).toBe(
      'escalation',
    );
  });

  it('a complaint filed with the data-protection authority is legal', () => {
    expect(
      familyFor(
        'Vor zwei Monaten um Auskunft gebeten, nichts passiert. Heute habe ich Beschwerde bei der Datenschutzbehörde eingelegt.',
        1,
      ),
    ).toBe('legal');
    expect(familyFor('No reply to my access request in 6 weeks, so I have complained to the data protection commissioner.', 1)).toBe(
      'legal',
    );
  });

  it('calling the people who queue stupid is not answered', () => {
    expect(familyFor('Overhyped tacos, and anyone dumb enough to queue an hour for them deserves it lol')).toBe('ignore');
  });

  it('a scare the staff handled, in a five-star thank-you, is a fan', () => {
    expect(
      familyFor(
        'Unsere Tochter hatte nachts hohes Fieber. Die Nachtportierin hat sofort einen Arzt gerufen und uns ins Krankenhaus begleitet. Das vergessen wir nie. Wir kommen wieder!',
        5,
      ),
    ).toBe('fan');
  });

  it('missing the place already is praise', () => {
    expect(familyFor('Back home and already missing the sea view and those breakfasts 🥹 thank you all!')).toBe('fan');
  });

  it('five stars in a language the model cannot read is not a complaint', () => {
    expect(familyFor('Skvělá aplikace, fakturace bez problémů a rychlý export. Doporučuji.', 5)).toBe('fan');
  });
});

// The confusable kinds of the ninth (hard-case) set, written afresh.
describe('familyOf: praise in words that sound like trouble', () => {
  it.each([
    ['The pulled pork is criminal. Should be illegal to make it this good 🔥', undefined],
    ['This place has officially ruined every other croissant in town for me 😍', undefined],
    ['never going back to spreadsheets, you have ruined me. sick app', undefined],
    ['Las empanadas son un peligro, ya no quiero otra cosa 😂', undefined],
    ['Questo gelato dovrebbe essere vietato, torniamo domani!', undefined],
    ['The smoked wings absolutely killed it. Still thinking about them.', 5],
  ] as const)('%s is a fan', (text, rating) => expect(familyFor(text, rating)).toBe('fan'));
});

describe('familyOf: polite complaints', () => {
  it.each([
    ['Lovely staff as ever. I do feel I should mention we were charged for breakfast that our booking said was included.', 5],
    ['Great food. The only thing is we booked for 7 and were not seated until 7:45, with no apology.', 5],
    ['Hate to be that person, but four Sundays in a row there has been no almond croissant by ten. A bit of a let-down.', undefined],
    ['Been coming for years. $19 for a burger that was half of it gristle? That is not the diner I know.', undefined],
  ] as const)('%s is a complaint', (text, rating) => expect(familyFor(text, rating)).toBe('complaint'));
});

describe('familyOf: a bad time elsewhere before a question to us', () => {
  it.each([
    'Had an awful time at another hotel last month, the car park was a nightmare. Do you have underground parking?',
    'My last booking app lost all my data when I cancelled. Can I export everything from yours?',
    'Dans un autre resto hier, rien de végétarien, horrible. Vous avez des plats végétariens ?',
  ])('%s is a question', (text) => expect(familyFor(text)).toBe('question'));
});

describe('familyOf: calm escalations and a question to a friend', () => {
  it('a balcony rail that moves, with a child there, is an escalation', () => {
    expect(familyFor('Nice stay. The balcony rail in our room moves when you lean on it and our toddler was with us.', 4)).toBe(
      'escalation',
    );
  });
  it('another user’s invoices in my account (German) is an escalation', () => {
    expect(familyFor('In meinem Konto sehe ich plötzlich Rechnungen eines anderen Nutzers. Das ist ein Datenschutzproblem.')).toBe(
      'escalation',
    );
  });
  it('"Sam is that your van in the photo??" is for Sam, not us', () => {
    expect(familyFor('Sam is that your van in the photo?? 😂')).toBe('light');
  });
  it('trouble told in a language the word lists do not read is a complaint, even when it asks a question', () => {
    expectFamilies('complaint', [
      'Dzień dobry, w sobotę terminal pobrał mi pieniądze dwa razy za jedno zamówienie. Kto mi to zwróci?',
      'Mijn export geeft lege bestanden en na 5 werkdagen nog steeds geen antwoord. Wanneer wordt dit opgelost?',
      'Kaffet var kallt och personalen otrevlig. Varför?',
    ]);
    // A question put negatively, or beside praise, is still a question.
    expectFamilies('question', [
      'Czy nie macie wersji bez glutenu? Moja siostra ma celiakię.',
      'Heerlijke taart! Hebben jullie ook glutenvrije opties?',
    ]);
  });
  it('a regular telling us it is not what it was is a complaint, not a fan', () => {
    expect(familyFor("Used to be my favourite café but the new owners changed the menu and the scones aren't the same.")).toBe('complaint');
    expect(familyFor('Ya no es lo mismo desde que cambiaron de dueños, una pena.')).not.toBe('fan');
  });
  it('a star docked for missing the food is a fan’s', () => {
    expect(
      familyFor(
        "Honestly a 5, but I'm docking one because now I can't stop thinking about the smoked turkey. The sauce flight is a must.",
        4,
      ),
    ).toBe('fan');
  });
  it('chatter that says what it is gets a light touch, whatever praise comes with it', () => {
    expectFamilies('light', [
      'Bit off-topic, but I passed my tax advisor exam this morning!! 🎉 Thank you to everyone in this network who kept me sane.',
      'Congrats on the new role Daniel, well deserved! 🎉 Drinks soon?',
      'Glückwunsch zum neuen Job, Anna! Freut mich riesig für dich ☕',
      'FIRST 🏁 ok now I can actually watch it',
      'buona domenica a tutti ☀️ qui piove da tre giorni 😅',
      "Claire ma chérie ça fait une éternité !! Appelle-moi ce soir, j'ai une grande nouvelle 💕",
    ]);
    // Congratulations on something of ours, and a first visit, stay a fan's.
    expectFamilies('fan', ['Congrats on the new menu, the brisket tacos are incredible', 'First time here and loved the brisket!']);
  });
});

describe('familyOf: "another room" of ours is not somewhere else', () => {
  it('a problem with another of our rooms before a question stays a complaint', () => {
    expect(
      familyFor(
        'Man hat uns in einem anderen Zimmer untergebracht, direkt über der Bar und sehr laut. Gibt es bei Ihnen auch ruhigere Zimmer?',
      ),
    ).toBe('complaint');
  });
});

describe('a sweep of confusable items (blind10/blind11 kinds, items written afresh)', () => {
  it('three or four stars and something that went wrong is a complaint, not a shrug', () => {
    expect(familyFor('Great pizza as always. But they charged us for three cokes when we had one, and nobody apologised.', 3)).toBe(
      'complaint',
    );
    expect(familyFor('Lovely stay overall. The airport transfer we had booked never came and we took a cab.', 3)).toBe('complaint');
    expect(familyFor('Bonne cuisine, mais aucune trace de notre réservation à l’arrivée, on a attendu au bar.', 3)).toBe('complaint');
    expect(familyFor('Me encantan, pero me mandaron la talla equivocada y sigo sin respuesta.', 3)).toBe('complaint');
    expect(familyFor('Schönes Zimmer. Aber die Rechnung wurde doppelt abgebucht, eine Antwort kam nie.', 4)).toBe('complaint');
    expect(familyFor('Adoro a marca, mas veio o par trocado: um 37 e um 38.', 3)).toBe('complaint');
  });

  it('three stars and a shrug, or a dye that fades a little, stays lukewarm', () => {
    expect(familyFor('Nice enough, the food was a bit slow to come. Fine for a quick lunch.', 3)).toBe('lukewarm');
    expect(familyFor('Cómodas y baratas, aunque el color destiñe un poco al lavarlas.', 3)).toBe('lukewarm');
  });

  it('praise first and the thing that never came later is a complaint, unless it was put right', () => {
    expect(
      familyFor(
        'Camera splendida e personale gentilissimo. Peccato per la bottiglia di spumante prenotata per il compleanno: non è mai arrivata e nessuno ci ha spiegato perché.',
      ),
    ).toBe('complaint');
    expect(familyFor('The cake we ordered never arrived, but Tom sorted it in ten minutes with a new one. Amazing team!', 5)).toBe('fan');
  });

  it('praise in words of harm is a fan', () => {
    expect(familyFor('this mac and cheese has ruined me for every other mac in town 😭')).toBe('fan');
    expect(familyFor('Tallyworks has ruined me. Back to spreadsheets? Never.')).toBe('fan');
    expect(familyFor('Le fondant au chocolat est juste indécent, j’en rêve la nuit')).toBe('fan');
    expect(familyFor('Servizio fantastico e camera pulitissima, torneremo!', 5)).toBe('fan');
  });

  it("a person's word is no loss: 'perso' is a whole word", () => {
    expect(familyFor('Personale fantastico e colazione ottima. Unico neo: il parcheggio un po’ stretto, ma è un dettaglio.', 5)).toBe(
      'fan',
    );
  });

  it('thanks for what went against what they set, with an eye-roll, is sarcasm', () => {
    expect(familyFor('Danke, dass die Rechnungen seit dem Update auf Französisch kommen, obwohl alles auf Deutsch steht 🙃')).toBe(
      'complaint',
    );
    expect(
      familyFor('shoutout to the bakery for charging me £5 for a croissant that was mostly air. impressive how little fits in there'),
    ).toBe('complaint');
  });

  it('a threat to tell my followers is an escalation, not follower spam', () => {
    expect(
      familyFor('My son broke out in hives after your nut-free cookies. Posting this to my 40k followers unless someone calls me back.'),
    ).toBe('escalation');
    expect(familyFor('Buy 10k real followers cheap, DM us')).toBe('ignore');
  });

  it('a request under the data-protection law is legal', () => {
    expect(
      familyFor(
        'Je demande, au titre de l’article 15 du RGPD, l’accès à toutes mes données. Sans réponse sous 30 jours, je saisis la CNIL.',
      ),
    ).toBe('legal');
  });

  it('a question after a bad time elsewhere is a question, in Spanish and after a bad journey', () => {
    expect(
      familyFor('La última tienda online que probé tardó un mes en devolverme el dinero 😤 ¿con vosotros cuánto tarda el reembolso?'),
    ).toBe('question');
    expect(familyFor('need a coffee after the worst flight of my life 😩 are you open on sundays?')).toBe('question');
  });
});

describe('trolls, grievances asked of no one, and things done without a word (items written afresh)', () => {
  it('an insult to the team or a people, or trolling other commenters, is to ignore', () => {
    expect(familyFor('your devs are actual monkeys, enjoy your bankruptcy')).toBe('ignore');
    expect(familyFor('italian food is literally just carbs and arrogance 🤡')).toBe('ignore');
    expect(familyFor('carnivores in the comments stay mad, go chew some grass lol')).toBe('ignore');
  });

  it('"anyone else seeing this?" and "why is it that every time…" are grievances, not questions to answer', () => {
    expect(familyFor('The sync has dropped my last three invoices and support sent a canned reply. Anyone else seeing this?')).toBe(
      'complaint',
    );
    expect(familyFor('Why is it that every time I book online the table is given away? What’s the point of booking.')).toBe('complaint');
  });

  it('closed without a word, or a gesture asked for, is a complaint', () => {
    expect(familyFor('Sauna fermé tout le week-end, sans aucune explication. Un geste commercial serait le minimum.')).toBe('complaint');
    expect(familyFor('Der Pool war drei Tage ohne jede Vorwarnung geschlossen.')).toBe('complaint');
  });
});

describe('a social-media sweep (blind12 kinds, items written afresh)', () => {
  it('a threat with a deadline or an audience, and a hair baked into a dish, is an escalation', () => {
    expect(
      familyFor('There was a long hair baked into my lasagne. I filmed it. You have until tonight to respond before this goes up.'),
    ).toBe('escalation');
    expect(
      familyFor(
        'Your newsletter put 40 customer email addresses in CC, exposed to each other. Writing it up for Hacker News if not fixed.',
      ),
    ).toBe('escalation');
  });

  it('a scrape on the car, two left shoes, a slice sent back: complaints even with thanks or a compliment', () => {
    expect(familyFor('cool cool cool. €20 for the car park and a fresh scrape down my door 🙂 staff say not our problem')).toBe(
      'complaint',
    );
    expect(familyFor('Gracias por mandarme dos zapatillas del pie izquierdo 🙃 genial')).toBe('complaint');
    expect(familyFor('paid £4 for a scone drier than the Sahara 💀 sent it back. lovely spot tho')).toBe('complaint');
  });

  it('slang of delight is a fan: a wallet in mourning, never cooking again, ruining my ability to procrastinate', () => {
    expect(familyFor('bought the green ones and now I won’t shut up about them. sorry to my bank account 💸')).toBe('fan');
    expect(familyFor('that lamb flatbread... I’m never cooking again 😭')).toBe('fan');
    expect(familyFor('obsessed. invoices done in five minutes, this app is ruining my ability to procrastinate 😂')).toBe('fan');
  });

  it('"overhyped but ok", "sides were mid": lukewarm', () => {
    expect(familyFor('overhyped but ok. ribs were good, not life changing. sides were mid')).toBe('lukewarm');
  });

  it('"is this the new normal?", "è possibile che…?": grievances', () => {
    expect(familyFor('Love you guys but the burrito today was half rice. Off day or is this the new normal?')).toBe('complaint');
    expect(familyFor('Hotel bellissimo, ma possibile che l’aria condizionata non funzioni mai?')).toBe('complaint');
  });

  it('friends tagged by name are asked, not us; a yes-or-no without its mark is a question', () => {
    expect(familyFor('Tom Baker Ana Silva back here on friday?? the lemon tart was unreal')).toBe('fan');
    expect(familyFor('yo do you guys do brunch on sundays or nah 👀')).toBe('question');
    // A greeting is no tag, and German nouns have capitals.
    expect(familyFor('Guten Tag, bis wann ist das Frühstück?')).toBe('question');
  });

  it('a bad time at another place before a question, in Spanish and French', () => {
    expect(familyFor('Qué rabia, ayer en otro restaurante nos hicieron esperar una hora 😤 ¿aceptan reservas para 6?')).toBe('question');
    expect(familyFor('Après deux traiteurs décevants cette année, comment réserver chez vous pour 20 personnes ?')).toBe('question');
  });
});

describe('hazards, authorities and damage in more words (items written afresh)', () => {
  it('a report to a health authority with food poisoning is an escalation, not a legal matter', () => {
    expect(familyFor('Two of us were sick all night after the oysters. I have reported it to the county health department.', 1)).toBe(
      'escalation',
    );
    // A consumer authority is still legal.
    expect(familyFor('I have filed a complaint with the consumer protection agency about the deposit.', 1)).toBe('legal');
  });

  it('broken glass, pink chicken, photos sent to the paper: escalations in five languages', () => {
    expect(familyFor('Mio figlio si è tagliato con un vetro rotto in piscina. Se nessuno chiama, mando le foto al giornale.', 1)).toBe(
      'escalation',
    );
    expect(familyFor('The chicken was still pink inside and the server shrugged.', 1)).toBe('escalation');
  });

  it('a mirror scraped in the garage is a complaint even under five stars', () => {
    expect(familyFor('Tolles Hotel, tolles Team. Aber in der engen Garage habe ich mir die Tür angeschrammt.', 5)).toBe('complaint');
  });

  it('"only the wifi was a bit slow" under four stars is lukewarm', () => {
    expect(familyFor('Soggiorno splendido, solo il parcheggio era piccolo.', 4)).toBe('lukewarm');
  });
});

describe('a star taken off for one small thing (items written afresh)', () => {
  it('"four stars only because…" and "docking one because…" with praise is a fan', () => {
    expect(familyFor('Quatro estrelas só porque o envio demorou uma semana, mas são as sandálias mais confortáveis que tenho.', 4)).toBe(
      'fan',
    );
    expect(familyFor("Honestly a 5, but I'm docking one because now I dream about the cornbread. Best ribs in town.", 4)).toBe('fan');
  });

  it('"four stars because the food is great, but the service was a mess" is still a complaint', () => {
    expect(familyFor('4 stars because the coffee is great, but today was a mess: waited 25 min and got the wrong order.', 4)).toBe(
      'complaint',
    );
  });

  it('"without a single blister" is praise', () => {
    expect(familyFor('Danced all night at my sister’s wedding without a single blister!', 5)).toBe('fan');
  });
});

// Kinds the thirteenth and sixteenth blind sets showed going to the wrong family, written afresh.
describe('familyOf: kinds from the thirteenth and sixteenth blind sets', () => {
  it.each([
    ['Turned up at 5 for the early-bird menu and paid full price. Your own website says 4–6!!', undefined],
    ['Drove over on a Tuesday and the doors were locked. Google says open till 9. Great.', undefined],
    ['Lovely pasta, but the bill had two espressos we never ordered.', 4],
    ['Dinner itself was delicious but we felt rushed, plates cleared while we were still eating.', 4],
    ['Knocking a star off because the toilets were filthy, no soap at all. Coffee is excellent though.', 4],
    ['Le restaurant de Nantes a refusé de prendre mon bon cadeau 🙃 super cadeau, merci.', undefined],
  ])('something that went wrong is a complaint: %s', (text, rating) => {
    expect(familyFor(text, rating)).toBe('complaint');
  });

  it('a star docked for a joke or a principle stays a fan', () => {
    expect(familyFor('Knocking a star off only because I never give five on principle. Gorgeous cakes, lovely team.', 4)).toBe('fan');
  });

  it.each([
    'Im Bad ist gestern der Spiegel von der Wand gefallen und knapp an meinem Sohn vorbei. Das hätte böse enden können.',
    'The shelf above the bunk came off and nearly hit my daughter. Nobody has called us back.',
    'Paguei há duas semanas e nunca recebi nada. Se não me responderem hoje partilho isto em todo o lado.',
    'Got an email with your logo asking for my login on a domain that is not yours. Warn your users publicly or I will.',
  ])('a near miss or a threat to go public is an escalation: %s', (text) => {
    expect(familyFor(text)).toBe('escalation');
  });

  it('a legal-expenses insurer or a consumer federation brought in is legal', () => {
    expect(
      familyFor("Mon sac a été abîmé à la bagagerie et vous refusez de m'indemniser. J'ai transmis le dossier à ma protection juridique."),
    ).toBe('legal');
  });

  it.each(['who even needs an app for this lol, sub to my channel for the real tips', 'Taxes are theft. RT if you agree 🇺🇸'])(
    'self-promotion and a political call to share are ignored: %s',
    (text) => {
      expect(familyFor(text)).toBe('ignore');
    },
  );

  it.each([
    'honestly not sure I want to go home, the lake at dusk from our balcony',
    'This 4 minute video finally made expense rules click for me. Subscribed!',
    'creamiest pistachio gelato of my life, no notes',
  ])('praise said sideways is a fan: %s', (text) => {
    expect(familyFor(text)).toBe('fan');
  });

  it('a question opened by a friend’s handle is not asked of the business', () => {
    const reading = readItem({ text: 'Le tiramisu de Lyon 😍 j’en rêve encore. @julie.b on y retourne dimanche ??' }, { classify });
    expect(reading.flags).not.toContain('question');
    expect(reading.questions.length).toBe(1);
    const own = readItem({ text: '@julie.b @maisontartine vous ouvrez dimanche ?' }, { classify, ownWords: ['@maisontartine'] });
    expect(own.flags).toContain('question');
  });
});

describe('familyOf: a fix asked for, invoices cancelled', () => {
  it('"Kommt da noch ein Fix?" after a bug is a complaint, and cancelling their own invoices asks for no refund', () => {
    const text =
      'Seit dem Update rechnet die App bei EU-Kunden wieder MwSt. drauf. Ich musste vier Rechnungen stornieren und neu schreiben. Kommt da noch ein Fix?';
    const reading = readItem({ text }, { classify });
    expect(reading.flags).not.toContain('refund');
    expect(familyOf(reading, text)).toBe('complaint');
  });
});

describe('familyOf: grievances the fifteenth and sixteenth blind sets showed under three stars', () => {
  it.each([
    ['Schöne Lage, aber die Garage war voll und beim Check-out wurden trotzdem alle Nächte Garage berechnet.', 3],
    ['Muy bonitas, pero con la lluvia acabé con los pies azules.', 3],
    ['Le cadre est joli, mais le serveur nous a répondu sèchement quand on a demandé la carte des vins.', 3],
    ['Schöne Farbe, aber eine Naht ist offen, so kann ich sie nicht tragen.', 3],
    ['24 € le « menu du marché » : une soupe tiède et deux radis. Sérieusement ? 🙃', undefined],
    ["Ma carte cadeau expire après six mois alors qu'on m'a dit un an. Vous pouvez m'expliquer ?", undefined],
  ])('something that went wrong is a complaint: %s', (text, rating) => {
    expect(familyFor(text, rating)).toBe('complaint');
  });

  it('a colour that fades a little is still a shrug', () => {
    expect(familyFor('Cómodas y baratas, pero el color destiñe un poco con el agua. Para el verano, bien.', 3)).toBe('lukewarm');
  });

  it('"trotzdem" inside a question asks, it does not complain', () => {
    expect(familyFor('Kann man Rechnungen in US-Dollar schreiben und trotzdem in Euro verbuchen?')).toBe('question');
  });
});

describe('familyOf: a dish, delight and a friend tagged mid-sentence', () => {
  it('"Le paris-brest de Lyon 😭😭 @lea.mrt on y retourne dimanche, je réserve ?" is a fan, not a question for us', () => {
    const text = 'Le paris-brest de Lyon 😭😭 @lea.mrt on y retourne dimanche, je réserve ?';
    const reading = readItem({ text }, { classify });
    expect(reading.flags).not.toContain('question');
    expect(familyOf(reading, text)).toBe('fan');
  });
});

describe('familyOf: bare wires are a hazard', () => {
  it.each([
    'There were exposed wires hanging out of the wall next to the kids’ bunk.',
    'Hinter dem Bett hängt ein offenes Stromkabel, die Drähte liegen blank.',
  ])('%s', (text) => {
    expect(familyFor(text)).toBe('escalation');
  });
});

describe('familyOf: words that sell only in company do not silence a customer', () => {
  it.each([
    ['Os escribí por DM hace tres días con el número de pedido y nadie contesta. Las alpargatas llegaron rotas.', 1],
    ['Je vous ai écrit en MP il y a une semaine, toujours aucune réponse pour ma commande abîmée.', 2],
    ['Hab euch per PN geschrieben, die Rechnung ist doppelt abgebucht worden.', 1],
    ['Pagué con tarjeta regalo y me cobraron además en la tarjeta. Quiero que me lo devolváis.', 1],
    ['Siamo partiti da casa alle 6 e alle 15 la camera non era pronta, abbiamo aspettato due ore.', 2],
    ['They said 20% off at the counter, then charged full price and the manager shrugged.', 2],
    ['Lo voy a compartir con mis 5.000 seguidores, qué vergüenza de servicio: dos horas esperando.', 1],
  ])('%s', (text, rating) => {
    expect(familyFor(text, rating)).not.toBe('ignore');
  });

  it('a question about keto options is a question, a fan who got a plate for $12 a fan', () => {
    expect(familyFor('Do you have keto options on the brunch menu?')).toBe('question');
    expect(familyFor('Got a huge plate of brisket for just $12! Amazing, the crew were so friendly.', 5)).toBe('fan');
  });

  it('selling still reads as spam when the signs come together', () => {
    expect(familyFor('Gana 500€ al mes desde casa, escríbeme 💸')).toBe('ignore');
    expect(familyFor('Compra seguidores reales, info por DM 📩')).toBe('ignore');
    expect(familyFor('🔥 20% off today only, limited offer at deals.example/shoes')).toBe('ignore');
  });
});

describe('familyOf: their audience counted is a threat when they complain, a hello when they do not', () => {
  it.each([
    'I will share this with my 10,000 followers. Disgraceful service, an hour for two coffees.',
    'Ich teile das mit meinen 8.000 Followern. Eine Frechheit, zwei Stunden auf das Zimmer gewartet.',
    'Vou partilhar com os meus 3 000 seguidores, serviço vergonhoso e encomenda por chegar.',
  ])('%s', (text) => {
    expect(familyFor(text)).toBe('escalation');
  });

  it('a food blogger who loved it is a fan', () => {
    expect(familyFor('I run a food blog with 20k followers and loved this place, the cardamom bun is unreal', 5)).toBe('fan');
  });
});

describe('familyOf: condemnation in one word is a grievance (six languages)', () => {
  it.each([
    ['Disgraceful. Nobody answered the phone for a week.', undefined],
    ['Une honte. Commande jamais arrivée.', undefined],
    ['Vergonzoso, el pedido llegó con otra talla.', undefined],
    ['Eine Frechheit, die Rechnung kam doppelt.', undefined],
    ['Inaccettabile: la camera non era pronta alle 17.', undefined],
    ['Uma vergonha, a encomenda veio trocada.', undefined],
  ])('%s', (text, rating) => {
    expect(['complaint', 'escalation']).toContain(familyFor(text, rating));
  });
});

describe('familyOf: a grievance from a past trip elsewhere before a question is the question', () => {
  it('"Beim letzten Mal in Lugano hat uns das Taxi… eine Frechheit. Gibt es einen Transfer?"', () => {
    expect(
      familyFor(
        'Beim letzten Mal in Lugano hat uns das Taxi vom Bahnhof 40 Franken gekostet, eine Frechheit. Bevor wir im Mai zu Ihnen kommen: Gibt es einen Transfer vom Bahnhof zum Hotel?',
      ),
    ).toBe('question');
  });
});

describe('familyOf: time and repetition said fondly are not a bad situation for praise to mock', () => {
  it.each([
    'Would queue 2 hours again for that brisket 10/10',
    'Another amazing brunch, still dreaming about the pancakes ✨',
    'Worth every minute of the wait, the cardamom bun is perfect',
  ])('%s', (text) => {
    expect(familyFor(text)).toBe('fan');
  });

  it('"great, another 2 hour wait, love it" is still sarcasm about a wait', () => {
    expect(familyFor('great, another 2 hour wait, love it')).toBe('complaint');
    expect(familyFor('Love waiting 40 minutes for a lukewarm coffee. Amazing.')).toBe('complaint');
  });
});

describe('familyOf: fire safety, another customer’s data and "everyone will know" are escalations (six languages)', () => {
  it.each([
    'The smoke alarm in our room was disconnected.',
    'Le détecteur de fumée de la chambre était débranché.',
    'Der Rauchmelder im Zimmer war abgeklemmt, und der Notausgang war mit Kisten verstellt.',
    'La salida de emergencia estaba bloqueada con cajas.',
    'I got an email with another customer’s invoices and bank details attached.',
    'Recibí un correo con los datos de otro cliente.',
    'I will make sure everyone in town hears about this.',
    'This is going on my blog tonight.',
    'Farò in modo che tutti lo sappiano.',
    'Vou garantir que toda a gente saiba disto.',
  ])('%s', (text) => {
    expect(familyFor(text)).toBe('escalation');
  });

  it('another customer’s order brought to the wrong table is a complaint, not a data leak', () => {
    expect(familyFor("They gave another customer's order to us and ours came 30 minutes later", 2)).toBe('complaint');
  });
});

describe('familyOf: "average" as a figure is not a shrug', () => {
  it.each([
    'Our average time to get paid went from 34 days to 11. Thanks Ledgerly, big shout-out to the team!',
    'On average we save 3 hours a week on invoicing, thanks!',
  ])('%s', (text) => {
    expect(familyFor(text)).toBe('fan');
  });

  it('"the food was average", "an average meal", "pretty average tbh" are still lukewarm', () => {
    expect(familyFor('An average meal, nothing more.')).toBe('lukewarm');
    expect(familyFor('Pretty average tbh')).toBe('lukewarm');
    expect(familyFor('The food was average.', 3)).toBe('lukewarm');
  });
});

describe('familyOf: a risk asked about before coming is a question, a hazard that happened an escalation', () => {
  it.each([
    'My daughter has a severe nut allergy and carries an EpiPen. Are your brownies made in a nut-free kitchen?',
    'Do you have options for someone with a shellfish allergy? He ends up in hospital if he eats it.',
    'Are dogs allowed inside? Ours is old and gets car sick, so we would walk over.',
    'Ma fille est allergique aux noix et a déjà fait un choc anaphylactique. Vos desserts sont-ils sans noix ?',
  ])('%s', (text) => {
    expect(familyFor(text)).toBe('question');
  });

  it.each([
    'Is it normal to have glass in my salad?',
    'Why is there mould on the bread?',
    'Is there a mouse problem? I saw one last night.',
    'My son had an allergic reaction to the nut-free brownie and we ended up in A&E. How is this possible?',
  ])('%s', (text) => {
    expect(familyFor(text)).toBe('escalation');
  });
});

describe('familyOf: a grievance asked as a question ("Is that intentional?", "C’est normal ?")', () => {
  it.each([
    'The iOS app logs me out every time I switch to another app, so I re-enter my 2FA code six times a day. Is that intentional?',
    'They sliced my gluten-free toastie on the sourdough board, crumbs and all. Am I being precious or is that not ok?',
    'Troisième fois que la commande arrive sans les couverts. C’est normal ?',
    'Zum dritten Mal kommt die Mahnung doppelt. Ist das so gewollt?',
    'Il conto era diverso dal menu, 6 euro in più. È normale?',
  ])('%s', (text) => {
    expect(familyFor(text)).toBe('complaint');
  });

  it('"Is it ok to bring my dog?" and "Is breakfast included?" are still questions', () => {
    expect(familyFor('Is it ok to bring my dog?')).toBe('question');
    expect(familyFor('Is breakfast included in the price?')).toBe('question');
  });
});

describe('familyOf: an eye-roll in a language the cue lists cannot read is no sarcasm', () => {
  it('"het regent al de hele week 🙄 mogen honden mee naar binnen?" is a question about dogs, not a complaint', () => {
    expect(
      familyFor('Ugh, het regent al de hele week in Bristol 🙄☔ mogen honden eigenlijk mee naar binnen? Onze labrador is kletsnat haha'),
    ).toBe('question');
  });

  it('"Great, another week without my parcel 🙄" is still sarcasm', () => {
    expect(familyFor('Great, another week without my parcel 🙄')).toBe('complaint');
  });
});

describe('familyOf: an eye-roll or upset emoji in a language the word lists cannot read is a complaint', () => {
  it.each(['Drie weken wachten op mijn bestelling 🙄', 'Trzy tygodnie czekam na paczkę 🙄', 'Kaffet var kallt igen 😤'])('%s', (text) => {
    const reading = readItem({ text }, { classify });
    expect(familyOf(reading, text)).toBe('complaint');
  });
});

describe('familyOf: kinds read in blind17 and blind18 (items written afresh)', () => {
  it('a day or "wanna go" asked of friends tagged first is an invitation, not a question for us', () => {
    expectFamilies('fan', [
      '@mia.r this is the brunch spot i was on about!! look at those pancakes 😍 sunday after the gym??',
      '@tom_b @lucy.k friday?? they do the best cinnamon knots in town',
    ]);
    expectFamilies('question', ['Are you open on Sunday?', 'Sunday?? Are you open then?']);
  });

  it('a booking asked for with a "thanks x" sign-off is a question, not a fan\'s lead', () => {
    expectFamilies('question', [
      "Hiya! We're 12 from work hoping to come for lunch on the 14th. Can we book a table or is it walk-in only? Don't want to be stuck outside 😅 thanks x",
    ]);
  });

  it("someone else's data in their account is an escalation; someone else's order is a complaint", () => {
    expectFamilies('escalation', [
      "Logged in this morning and the invoices page shows someone else's customers, with their addresses.",
      "Opened my shared link and got someone else's invoice, IBAN and all.",
    ]);
    expectFamilies('complaint', ["They gave me someone else's order and my burger never came."]);
  });

  it('sick after eating, told without "food poisoning", is an escalation, in several languages', () => {
    expectFamilies('escalation', [
      'We all had the prawns on Friday and were sick all night.',
      'Mon mari et moi sommes tombés malades après les huîtres.',
      'Nos pusimos malos los tres después de la paella del domingo.',
      'My daughter is coeliac, I said so twice, and she was doubled over an hour after her "gluten free" pancakes.',
    ]);
  });

  it('a threat to spread it through groups or a longer thread is an escalation; a German court order is legal', () => {
    expectFamilies('escalation', [
      'You have until tonight to explain before this thread gets a lot bigger.',
      'This is going in every local mums group I am in.',
      'Je vais publier ça sur tous les groupes du quartier.',
    ]);
    expectFamilies('legal', ['Wenn das Geld nicht bis Montag zurück ist, beantrage ich einen Mahnbescheid.']);
  });

  it('a defect and a remedy asked for is a complaint; returns asked about "if they do not fit" stay questions', () => {
    expectFamilies('complaint', [
      'Love these espadrilles but the stitching came apart after two weeks 😢 Can you replace them?',
      'A alça partiu logo na primeira semana. Dá para trocar?',
    ]);
    expectFamilies('question', [
      "If they don't fit, can I exchange them?",
      'E se não servir, a devolução é grátis?',
      'Y si no me quedan, ¿la devolución es gratis?',
    ]);
  });

  it('an order not yet shipped, a downgrade, an extra charge, shouting to be heard and the wrong details sent are grievances', () => {
    expectFamilies('complaint', [
      'Paguei há 10 dias e a encomenda ainda não foi enviada. Alguma novidade?',
      'Bestellung vor zwei Wochen bezahlt und immer noch nicht versandt. Wann kommt sie?',
      'honestly the new menu is a downgrade, where did the veggie burger go??',
      'The food is good but we had to shout across the table all night, please turn the music down.',
      'The reminder went out with the old bank details and now I look like an amateur. Can I resend it?',
    ]);
    expect(familyFor('Love this place but I keep getting charged 50p extra for soy milk and I thought it was free?', 5)).toBe('complaint');
  });

  it('praise that sounds like trouble is a fan: "underrated", "don\'t get me wrong", "without a single sigh", time spent by choice', () => {
    expect(
      familyFor(
        'the pulled pork here is criminally underrated. the ribs are also great dont get me wrong but trust me on the pork. free parking?? $3 pints?? 🍻',
        5,
      ),
    ).toBe('fan');
    expect(familyFor('The waiter switched to English without a single sigh, and the tarte fine was worth the trip on its own.', 5)).toBe(
      'fan',
    );
    expectFamilies('fan', ['writing from @brewlab again. fast wifi, great espresso and no one minds you camping out 4 hours. 10/10']);
    expect(
      familyFor('Fourth visit this month. The slaw has a mustard bite that cuts through the fat and the $5 pints don’t hurt either.', 5),
    ).not.toBe('complaint');
    expect(familyFor('The wait was 40 minutes.', 5)).toBe('complaint');
  });
});

describe('familyOf: probes of the unseen sets’ confusions (sentences written for the purpose)', () => {
  it('a fan’s one real fault is a complaint: a bug, a dead button, the card machine down, the wrong milk, a sticky high chair', () => {
    for (const text of [
      'Best booking app I have used. One bug though: the save button does nothing in Firefox.',
      'Lovely place and lovely staff. Only thing: the card machine was down so I had to run to a cash point.',
      "Great brunch as always. My latte came with cow's milk though and I'm lactose intolerant, so that wasn't great.",
      'We love it here! But the high chair was sticky and nobody wiped it.',
    ])
      expect([text, familyFor(text, 5)]).toEqual([text, 'complaint']);
  });

  it('a problem only supposed in a question, or their own child’s ways, is no grievance', () => {
    expectFamilies('question', [
      'What happens if my parcel arrives damaged? Do I send it back?',
      'If the sandals arrive scuffed, who pays for the return?',
      'Do you have high chairs? Our little one is 2 and a nightmare in restaurants lol',
    ]);
    expectFamilies('complaint', [
      'My parcel arrived damaged. What happens now?',
      'How long do I have to wait for a reply to the email I sent on Monday?',
    ]);
    expectFamilies('question', ['How long does delivery to Porto take?']);
  });

  it('plain satisfaction is a fan’s, not a shrug: "couldn’t fault it", "does the job perfectly", "pas mal du tout", "alles bestens"', () => {
    expectFamilies('fan', [
      "Couldn't fault it.",
      'Not bad at all, actually really enjoyed it.',
      'Does the job perfectly.',
      'Pas mal du tout, on reviendra.',
      'Alles bestens, gerne wieder.',
      'Nada que objetar, todo rápido y amable.',
    ]);
    expectFamilies('lukewarm', ['Does the job for basic invoicing.', 'It was fine, nothing special.']);
  });
});

describe('familyOf: kinds read in blind21 (items written afresh)', () => {
  it('a fault told as not-as-pictured, unravelling, nothing in the bag, a quoted time blown, "and counting", a charge over the board, sent to me instead', () => {
    expectFamilies('complaint', [
      "The sandals are gorgeous but in real life they're much more orange than in the photos, and a strap is already unravelling after two wears. Kinda gutted.",
      '"Ready in 10 minutes" is my favourite joke. 40 minutes and counting.',
      'I was charged £4.20 for the soup and your menu board says £3.50. Mistake?',
      'love that the new export sends the file to me instead of my accountant. Truly next-level.',
    ]);
    expect(
      familyFor('Pickup was quoted at 15 minutes, we waited 45, and the fries weren’t in the bag. Nobody picked up the phone.', 3),
    ).toBe('complaint');
    expect(
      familyFor("3 étoiles pour la vue. Votre site parle d'une navette : nous l'avons demandée deux fois, personne n'est venu.", 3),
    ).toBe('complaint');
  });

  it('something heavy falling near a child, with a threat, is an escalation', () => {
    expectFamilies('escalation', [
      'A parasol blew over and landed inches from my son’s pram. Staff laughed. This goes to the local paper and every parents group in town unless the owner calls me.',
    ]);
  });

  it('praise and chatter that read as trouble: gutted not to have come sooner, genius, the pain they left, a preference in a question', () => {
    expect(familyFor("Gutted I didn't find this place sooner! The cinnamon bun is unreal.", 5)).toBe('fan');
    expectFamilies('fan', [
      'Made the granola twice now, the date and cardamom combination is genius.',
      'Nach zwei Jahren Excel-Chaos endlich umgestiegen, die Mahnungen laufen jetzt automatisch. Klare Empfehlung!',
    ]);
    expectFamilies('light', ['Qualcuno è stato al mercato in piazza ieri? Che bello!']);
    expectFamilies('question', ["Is there an iPad app or is it web only? I'd rather not carry my laptop around the shop."]);
  });
});

describe('familyOf: kinds read in blind22, mostly not English (items written afresh)', () => {
  it('someone else’s order, made to pay and ashamed, a refund asked "when", a crushed box at four stars: grievances', () => {
    expectFamilies('complaint', [
      "Commande à emporter récupérée, et chez moi : c'était la commande de quelqu'un d'autre. Génial, merci pour ce dîner 🙃",
      "On m'a dit que le bon cadeau n'était pas valable ici. J'ai dû payer ma part et j'étais bien gênée devant mes amies.",
      '@tienda devolví las sandalias hace dos semanas. ¿Cuándo pensáis devolverme los 49,90 €?',
    ]);
    expect(familyFor('Me encantan, como siempre. Esta vez la caja llegó aplastada y una traía la puntera doblada.', 4)).toBe('complaint');
  });

  it('a child cut and bleeding, or data that is not theirs, is an escalation', () => {
    expectFamilies('escalation', [
      'A mi hija se le clavó una grapa del talón y le ha hecho un corte que ha sangrado bastante.',
      'Ich sehe in meinem Konto zwei Firmen, die nicht meine sind, mit deren Rechnungen. Das sind fremde Daten!',
    ]);
  });

  it('a prize to claim through a link in the bio is spam; sheep and job stealers are flames', () => {
    expectFamilies('ignore', [
      '🎉 ¡Enhorabuena! Has ganado nuestro sorteo. Para reclamar tu premio entra en el enlace de nuestra bio y confirma tus datos bancarios.',
      'Pendant que vous postez vos assiettes, le pays coule. Réveillez-vous bande de moutons !!!',
      'Basta con questi che ci rubano il lavoro! Svegliatevi!!!',
    ]);
  });

  it('congratulations to a friend by name is chatter; a time asked about is no trouble; whom to contact for a group is a fan’s lead', () => {
    expectFamilies('light', ['Parabéns Joana!! 🎉 Já viste as fotos de domingo?']);
    expectFamilies('question', ["Le brunch du samedi, c'est jusqu'à quelle heure ? On viendrait vers 13h avec les enfants."]);
    expectFamilies('fan', [
      "Merci à toute l'équipe pour notre séminaire de jeudi : salle privatisée, menu impeccable, service parfait. Nous aimerions revenir en décembre à 35. À qui dois-je m'adresser ?",
    ]);
  });
});

describe('familyOf: the wrong thing sent, and time gone by since ordering, asked as a question', () => {
  it('"sent me a 38 instead of the 39", "invece del nero", "sono passate due settimane" are complaints', () => {
    expectFamilies('complaint', [
      'They sent me a 40 instead of the 41 I ordered, can I swap them?',
      'Ci hanno mandato il rosso invece del verde, come faccio a cambiarlo?',
      'Recebi o 37 em vez do 38, posso trocar?',
      'Buongiorno, quando arriva il mio pacco? Sono passate tre settimane.',
      "It's been 2 weeks since I paid, any news on my order?",
    ]);
    expectFamilies('fan', ["It's been 2 weeks since our stay and we still talk about the breakfast!"]);
  });
});

describe('familyOf: kinds read in blind19 and blind20 (items written afresh)', () => {
  it('thanks or "love that for me" beside a bad situation, with an eye-roll or none, is sarcasm', () => {
    expectFamilies('complaint', [
      'so the "homemade" lemonade is from a carton. really refreshing, thanks 🙄',
      '£5 for a hot chocolate that was half froth, could see the bottom of the mug after three sips. love that for me',
    ]);
  });

  it('a fan whose app or page does not work, or who asks whether others have the fault, is a complainer', () => {
    expectFamilies('complaint', [
      'Been a customer for years, honestly love the team. But since last week the booking page keeps kicking me out when I pick a time slot.',
      'Super zufrieden mit allem, danke! Seit dem Update stürzt die App aber ständig ab, sobald ich eine Rechnung öffne.',
      'adore this place, but has anyone else had the card machine not work at the weekend? had to run to the cashpoint twice',
    ]);
  });

  it('a question about the policy with a grievance about somewhere else is a question', () => {
    expectFamilies('question', [
      'do you charge for soy milk? the café across the road adds 60p 🙄',
      'Looks great! Does the free plan need a card? I have been stung by trials that bill you before.',
      'Do you do smaller portions for the kids? We are coming on Saturday with two under-fives.',
    ]);
  });

  it('a price rise told as two prices, a parcel stuck and unanswered, odd shoes sent, are complaints', () => {
    expectFamilies('complaint', [
      'Von 12 auf 18 Euro im Monat, und das ohne Vorwarnung? Ich hätte mir wenigstens eine Mail gewünscht.',
      'Una semana esperando mi pedido. Ni un correo, y el seguimiento sigue parado en Madrid desde el martes. ¿Alguien me contesta?',
      'A caixa chegou com um sapato 40 e o outro 41 🤦‍♀️ adoro a cor, mas assim não dá',
      'Our "sea view" room looked straight onto the car park, and when we asked to move we were told there was nothing free. The photos are misleading.',
    ]);
  });

  it('praise with only a shortfall of the photos beside it is lukewarm; a cut and a burst shower screen are an escalation', () => {
    expectFamilies('lukewarm', ['the breakfast is lovely and the staff are sweet! but the rooms are way smaller than they look online']);
    expectFamilies('escalation', [
      "Le miroir de la salle de bain est tombé et ma fille s'est coupée à la main. On nous a donné une trousse de secours, rien de plus.",
    ]);
  });

  it('longing for a dish, a roll call of viewers, a recommendation vouched for, "our terrible French" are no trouble', () => {
    expectFamilies('fan', [
      "la tarte au citron de samedi 😭 j'y pense encore, c'est grave docteur ?",
      'PSA for small bakeries: the free tier covers two shops, which is all I need. Set everything up in about 10 minutes. Not sponsored!',
    ]);
    expect(
      familyFor(
        'We were worried about our terrible Spanish, but Lucía explained every dish patiently and the paella was the best of our trip. Gracias!',
        5,
      ),
    ).toBe('fan');
    expectFamilies('light', ['Quem está a ver isto em 2026? 🙋‍♀️', 'who is still watching this in 2026??']);
    expect(familyFor('Cuarto verano con mis sandalias 🌞 siguen perfectas. Ya he caído también con las de cuadros 😅')).not.toBe(
      'complaint',
    );
  });

  it('a political rant under a café’s post is a flame to ignore', () => {
    expectFamilies('ignore', ['the mayor wants to lock us all in a 15-minute prison and you lot queue for croissants. wake up leeds 🐑']);
  });
});

describe('familyOf: probes written for the purpose (their own hard time, a caveat, scams and politics)', () => {
  it('their own hard week, a sick child or their doubts before our help is a fan’s story', () => {
    expectFamilies('fan', [
      'After such a rough week at the office, your carrot cake and that oat cappuccino saved my Saturday. Thanks Leo!',
      'My daughter was ill all weekend and the team moved our booking without a single question. Lifesavers.',
      'Was sceptical after all the hype, but the pulled pork lived up to it.',
      "My only complaint is that you're not open on Mondays!",
    ]);
    // Sick after a meal is theirs to answer for, praise or not.
    expect(familyFor('My son was sick all night after eating your chicken, but the staff were lovely when we called.')).toBe('escalation');
  });

  it('praise with a caveat beside it is lukewarm', () => {
    expectFamilies('lukewarm', [
      'Nice enough. Would stop by again if in the area.',
      'The pizza was good, the service slow but cheerful.',
      'Decent app for the basics. Exports are a bit limited compared to my old one.',
      'Gorgeous espadrilles but they took a few wears to break in.',
      'Lovely little café! Scones were good, the brownie a little dry.',
    ]);
    // "nice enough" of the staff beside real faults is no shrug.
    expect(familyFor('Staff were nice enough but come on, the loo had no soap and the bin was overflowing onto the floor.')).toBe(
      'complaint',
    );
  });

  it('the partnership scam is spam; politics brought to a shop’s page is a flame; "kindly" alone is neither', () => {
    expectFamilies('ignore', [
      'Good day dear, I am interested in your business, kindly reply to my email for a partnership proposal.',
      'Stop pushing your woke agenda and stick to baking bread.',
      'Never again, the owner voted for the wrong party.',
    ]);
    expect(familyFor('Hi dear Hannah, thank you for the lovely birthday cake!')).toBe('fan');
    expect(familyFor('Please kindly reply to my email about my refund, it has been three weeks.')).toBe('complaint');
  });

  it('"what a welcome" after a bad start is sarcasm, not thanks', () => {
    const reading = readItem({ text: 'The receptionist ignored us for 20 minutes. What a welcome.' }, { classify });
    expect(reading.flags).toContain('sarcasm');
    expect(familyOf(reading, 'The receptionist ignored us for 20 minutes. What a welcome.')).toBe('complaint');
  });

  it('a fan whose product broke after weeks or whose data an update wiped is a complainer; wanting to like it is lukewarm', () => {
    expectFamilies('complaint', [
      'Stunning sandals, shame the strap came apart after three weeks though.',
      'Long-time fan of the app, but the latest update erased all my saved clients.',
    ]);
    expectFamilies('lukewarm', ['I really wanted to like it, honestly.']);
    expectFamilies('fan', ['The short rib fell apart, it was so tender!']);
  });

  it('a caveat of taste, a few days to break in, "niente di che", "esperava mais" are lukewarm; "expected better" beside real faults is not', () => {
    expectFamilies('lukewarm', [
      'Jolie terrasse, les crêpes un peu trop salées à mon goût.',
      'Muy bonitas, aunque tardaron unos días en amoldarse.',
      'Locale carino, ma niente di che.',
      'Adorei o sítio, mas esperava mais.',
    ]);
    expectFamilies('complaint', ['Our soup was cold and the waiter was rude. Expected better.']);
  });

  it('a child of theirs who is hard work is no problem of ours; "is the app down or is it just me?" reports a fault', () => {
    expectFamilies('question', ['We are bringing two kids who are a nightmare in restaurants, do you have a play corner?']);
    expectFamilies('complaint', ['Is the booking site broken or is it just me?']);
  });

  it('services sold in the comments and follow-for-follow are spam; a family asking to book is not', () => {
    expectFamilies('ignore', ['Lovely bakery! We are a social media agency, can we send you our rate card?', 'gorgeous feed 😍 f4f?']);
    expectFamilies('question', ["We're a group of six, can we book the long table for Friday?"]);
  });

  it('"my only complaint is you are closed on Sundays" in five languages is a fan’s joke; a real only complaint is not', () => {
    expectFamilies('fan', [
      "Mon seul reproche : vous n'êtes pas ouverts le lundi !",
      'Mi única queja es que no abrís los domingos 😅',
      "L'unico difetto è che siete troppo lontani da casa!",
      'O único defeito é que acabaram muito depressa 😂',
      'Mein einziger Kritikpunkt: ihr seid zu weit weg!',
    ]);
    expectFamilies('complaint', ['Mon seul reproche : le service était très lent et froid.']);
  });

  it('telling others to avoid us, a Facebook group told of a bad visit, the Antitrust are escalation and legal; the same audience for praise is a fan', () => {
    expectFamilies('escalation', [
      'Posting this for my followers so they know to avoid you.',
      'Burnt pizza and a rude manager. This is going straight to our village Facebook group.',
    ]);
    expectFamilies('legal', ["Ho fatto una segnalazione all'AGCM."]);
    expectFamilies('fan', ['This is going straight to my local Facebook group, best brunch in town!']);
  });

  it('a slow delivery "com outra loja" is another shop’s, so the question stays a question', () => {
    expectFamilies('question', ['Fazem entregas em Braga? Da última vez demorou imenso com outra loja.']);
  });

  it('"??" of delight before "actually life changing", a day asked of a friend tagged mid-post, "my whole personality" are a fan’s', () => {
    expectFamilies('fan', [
      'ok the salted caramel brownie??? honestly next level 😭 coming back every week',
      'flat white + almond croissant = my entire personality now ☕ @mia.k sunday?? before they sell out',
    ]);
    expectFamilies('question', ['the brunch menu?? is it still on?']);
  });
});

describe('familyOf: kinds read in blind23 and blind24 (items written afresh)', () => {
  it('a political rant, mockery of the person on screen and a troll with no visit of their own are to ignore', () => {
    expectFamilies('ignore', [
      'Open your eyes people. The governor is a total fascist and the whole council is bought and paid for. Share this before they delete it',
      'who let this dude anywhere near a camera 💀 face made for radio',
      'bbq is just burnt meat for people with no taste buds 🤡 imagine queuing an hour for this',
    ]);
    // Their own visit, said with the clown, is a complaint to answer.
    expectFamilies('complaint', ['I paid £14 for two dry ribs 🤡 never again']);
  });

  it('praise of what we made easy ("exactly what I needed", "I used to spend hours", "our new Friday spot") is a fan’s', () => {
    expectFamilies('fan', [
      'Your guide on chasing overdue invoices was exactly what I needed. Two clients paid by lunch. Bookmarked!',
      'just sent 20 invoices in like 2 minutes. I used to spend a whole evening on this 😭🙏',
      'Priya made my oat latte before I even asked and the cinnamon knot was ridiculous. Officially our new Friday spot ☕',
    ]);
  });

  it('a soggy or rainy day is the weather, not a fault of ours', () => {
    expect(familyFor('The onion soup was exactly what we needed after a soggy day of walking. Cosy room, lovely staff. Merci!', 5)).toBe(
      'fan',
    );
    expect(familyFor('The chips were soggy and the fish was cold.', 2)).toBe('complaint');
  });

  it('five stars, a "BUT" opening the next sentence and a parking ticket with 🙃 is a complaint', () => {
    expect(
      familyFor(
        'Brisket was perfect as usual, the burnt ends are dangerous. BUT the lot was chained off at 8 and we came back to a $60 ticket 🙃',
        5,
      ),
    ).toBe('complaint');
  });

  it('a hardship said as a treat ("enjoyed my 45 minute walk uphill") is sarcasm, a complaint', () => {
    expectFamilies('complaint', [
      'turns out the free transfer has to be booked the day before. loved our 45 minute walk uphill with two suitcases 🥵',
    ]);
  });

  it('asking whether we were hacked after a scam text with their order details is escalation, in four languages', () => {
    expectFamilies('escalation', [
      '¿Os han hackeado? Me ha llegado un SMS con mi nombre y mi número de pedido pidiendo pagar aduanas.',
      'Vous avez été piratés ? Je reçois des SMS avec mon nom et mon numéro de commande.',
      'Seid ihr gehackt worden? Ich bekomme Mails mit meinem Namen und meiner Bestellnummer.',
      'Just got a text with my name and order number asking me to pay customs. Have you been hacked?',
    ]);
  });

  it('a ticket at another place told before the question keeps the question a question', () => {
    expectFamilies('question', ['Do you have parking? The last burger place we tried downtown we circled for 20 min and got a ticket']);
  });

  it('a question put to the other readers ("Wer von euch", "qui d’entre vous") is chatter', () => {
    expectFamilies('light', [
      'Wer von euch fährt nächsten Monat auch zum Gründertag nach Köln? Wäre schön, sich zu sehen 😊',
      "Qui d'entre vous sera au marché de Noël samedi ?",
    ]);
  });

  it('"is actually unreal??" is delight; "Did the … thing" tells what they did; a 7/10 and a rival "a notch above" are lukewarm', () => {
    expectFamilies('fan', ['the pistachio latte is honestly unreal?? coming back tomorrow with @sam.k']);
    expectFamilies('lukewarm', [
      'Did the big brunch crawl thing this weekend. Your pancakes were great, but the eggs at Dockside are a notch above. Solid 7/10 overall',
    ]);
  });

  it('a price that seemed a bit much, after "però", is lukewarm; the praise before it stays praise', () => {
    const text = 'Colazione fantastica e camere top, però 18 franchi per il parcheggio mi sono sembrati tantini 😅';
    expect(familyFor(text)).toBe('lukewarm');
    const reading = readItem({ text }, { classify });
    expect(reading.points.find((p) => p.text === 'camere')?.polarity).not.toBe('negative');
  });

  it('the wrong thing sent, told in Portuguese, Spanish or French, is a complaint', () => {
    expectFamilies('complaint', [
      'Encomendei umas sandálias brancas tamanho 36 para o batizado do meu sobrinho e chegaram umas bege tamanho 39. O batizado é domingo. E agora?',
      'Pedí las azules en la 39 y me llegaron unas verdes de la 42.',
    ]);
  });

  it('a parcel that came in two days, applauded, is a fan’s (six languages)', () => {
    expectFamilies('fan', [
      'Pedi umas para a minha irmã e chegaram a Braga em 2 dias 👏 ela adorou!',
      'Commandées lundi, arrivées en 2 jours 👏 parfaites',
      'Ordered Monday, arrived in 2 days 👏 love them',
    ]);
  });
});
