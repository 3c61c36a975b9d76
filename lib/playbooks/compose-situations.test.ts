// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { replyTo } from './test-helpers';
import { ProfileSchema, type Profile } from '@/lib/settings/schema';

/** Profiles written for these tests (not the shared evaluation ones). */
const BAKERY: Profile = ProfileSchema.parse({
  brand: 'Oak & Ember',
  replierName: 'Rosa Hill',
  signature: 'Rosa, Oak & Ember',
  email: 'hello@oakember.example',
  business: { kind: 'restaurant', noun: 'meal' },
  languages: ['en', 'fr', 'de'],
  facts: { booking: 'Walk-ins for up to 6; parties of 7 or more book by email', hours: 'Tue–Sun 12:00–22:00' },
});
const APP: Profile = ProfileSchema.parse({
  brand: 'Tallyo',
  replierName: 'Ines Roth',
  signature: 'Ines, Tallyo',
  email: 'help@tallyo.example',
  business: { kind: 'app', noun: 'account' },
  languages: ['en', 'es', 'it', 'pt'],
  facts: {},
});
const SHOP: Profile = ProfileSchema.parse({
  brand: 'Lana Knits',
  replierName: 'Mia Roy',
  signature: 'Mia, Lana Knits',
  email: 'mia@lanaknits.example',
  dmHandle: '@lanaknits',
  business: { kind: 'shop', noun: 'order' },
  languages: ['en'],
  facts: {},
});

describe('replies name the main point, not a side detail', () => {
  it('acknowledges a kitchen closing early, not the sign on the door', () => {
    const { first } = replyTo(
      'We came at 8, you are open till 10, but the kitchen had stopped serving. Nothing on the door said so.',
      BAKERY,
      {
        rating: 2,
      },
    );
    expect(first).toMatch(/kitchen stopping service before closing time/u);
    expect(first).not.toMatch(/the door/u);
  });

  it('names what ran out', () => {
    const { first } = replyTo('The mushroom risotto was finished by 7pm, which is the only reason we booked.', BAKERY, { rating: 2 });
    expect(first).toMatch(/running out of the mushroom risotto/u);
  });

  it('names an outage and a crash with its action, not the month or the price', () => {
    const outage = replyTo('Your app goes down at the end of every month when I have payroll to run.', APP, { rating: 1 }).first;
    expect(outage).toMatch(/app going down/u);
    expect(outage).not.toMatch(/the month/u);
    const crash = replyTo('Since the last update the app crashes when I scan a receipt. And I pay 15 € a month.', APP, { rating: 1 }).first;
    expect(crash).toMatch(/crashing when you scan a receipt/u);
    expect(crash).not.toMatch(/15 €/u);
  });

  it('names a crash told in Spanish in an English reply without stray words from it', () => {
    const { first } = replyTo('La app se cierra sola cada vez que subo una factura, desde la última actualización.', SHOP, { rating: 1 });
    expect(first).toMatch(/app crashing since the last update/u);
    expect(first).not.toMatch(/the sole/u);
  });

  it('names a charge after cancelling in the reply language', () => {
    expect(replyTo('I cancelled in January and you charged me again in February.', APP, { rating: 1 }).first).toMatch(
      /charge after you cancelled/u,
    );
    expect(replyTo('Cancelé la suscripción y me volvieron a cobrar este mes.', APP, { rating: 1 }).first).toMatch(
      /cobro después de la cancelación/u,
    );
    expect(replyTo('Ho fatto la disdetta ma mi avete addebitato lo stesso il mese dopo.', APP, { rating: 1 }).first).toMatch(
      /addebito dopo la disdetta/u,
    );
  });

  it('names the deposit a complaint is about, not the body it went to', () => {
    const { first } = replyTo(
      "Vous n'avez jamais rendu l'acompte de 150 € de notre dîner annulé. J'ai saisi l'association de consommateurs.",
      BAKERY,
      {
        rating: 1,
      },
    );
    expect(first).toMatch(/l'acompte de 150 €/u);
    expect(first).not.toMatch(/association/u);
  });
});

describe('prices and sell-outs said the way a person would', () => {
  it('does not apologise for a price given as context, but does when the price is the complaint', () => {
    const context = replyTo('Paid $14 for a pulled pork plate and the pork was dry as dust.', BAKERY, { rating: 2 }).first;
    expect(context).toMatch(/pork/u);
    expect(context).not.toMatch(/\$14/u);
    const price = replyTo('£9 for a sandwich is a rip-off, way overpriced for what it is.', BAKERY, { rating: 2 }).first;
    expect(price).toMatch(/£9|price/u);
  });

  it('names a dish that ran out even when the sell-out is said without it', () => {
    const { first } = replyTo("Rang to check the lamb shoulder was on, they said yes. Got there at 8 and they'd sold out.", BAKERY, {
      rating: 1,
    });
    expect(first).toMatch(/running out of the lamb shoulder/u);
  });
});

describe('lost bookings, places and occasions', () => {
  it('names a booking they could not find, in English and French, and not the bar they waited at', () => {
    const en = replyTo(
      "We'd booked for our anniversary but there was no record of our booking, so we stood at the bar for half an hour.",
      BAKERY,
      {
        rating: 2,
      },
    ).first;
    expect(en).toMatch(/your booking not being on our system/u);
    expect(en).not.toMatch(/the bar|the anniversary/u);
    const fr = replyTo("Aucune trace de notre réservation à l'arrivée, et on a attendu au bar.", BAKERY, { rating: 2 }).first;
    expect(fr).toMatch(/votre réservation introuvable/u);
    expect(fr).not.toMatch(/le bar/u);
  });

  it('thanks a fan for what they loved, not the counter where the staff member stood', () => {
    const { first } = replyTo('The cinnamon knots are the best in town, and thanks to Aoife at the counter for the tip!', BAKERY, {
      rating: 5,
    });
    expect(first).toMatch(/cinnamon knots/u);
    expect(first).toMatch(/Aoife/u);
    expect(first).not.toMatch(/counter/u);
  });
});

describe('legal replies name the matter soberly', () => {
  it('names a group deposit, not the lawyer or the association, and routes privately', () => {
    const en = replyTo('You never returned the £250 deposit for our group lunch that you cancelled. My solicitor has the emails.', BAKERY, {
      rating: 1,
    });
    expect(en.family).toBe('legal');
    expect(en.first).toMatch(/£250 deposit for your group booking/u);
    expect(en.first).not.toMatch(/solicitor|sorry|apolog/iu);
    const de = replyTo('Die Anzahlung für unser Gruppenessen haben Sie behalten. Mein Anwalt ist eingeschaltet.', BAKERY, { rating: 1 });
    expect(de.first).toMatch(/Anzahlung für die Gruppenreservierung/u);
    const fr = replyTo("Ma chute dans l'escalier n'a jamais été prise au sérieux, l'association de consommateurs est au courant.", BAKERY, {
      rating: 1,
    });
    expect(fr.family).toBe('legal');
    expect(fr.first).not.toMatch(/association/u);
  });
});

describe('questions', () => {
  it('answers a question that names the business from its facts, and gaps name the missing fact briefly', () => {
    const booking = replyTo('Does anyone know if Oak & Ember in Harbour St takes bookings for 9 people?', BAKERY, { site: 'facebook' });
    expect(booking.family).toBe('question');
    expect(booking.first).toMatch(/book by email/u);
    const gap = replyTo('Do you sell gift cards for the knitting workshops?', SHOP, { site: 'instagram' }).first;
    expect(gap).toContain('[whether we sell gift cards for the knitting workshops]');
  });

  it('names the missing fact without the asking words in other languages', () => {
    const de = replyTo('Kann man bei euch Schlitten ausleihen?', BAKERY, { site: 'instagram' }).first;
    expect(de).toContain('[Antwort: Schlitten ausleihen]');
    const es = replyTo('¿Tenéis menú infantil los domingos?', APP, { site: 'instagram' }).first;
    expect(es).toMatch(/\[respuesta: menú infantil los domingos\]/u);
  });

  it('treats a wish with praise as a question, without apologising', () => {
    const { family, first } = replyTo(
      'Will you make the cable hat in a thicker wool? I love mine but it is freezing here in January.',
      SHOP,
      {
        site: 'instagram',
      },
    );
    expect(family).toBe('question');
    expect(first).not.toMatch(/sorry|apolog/iu);
  });
});

describe('fans', () => {
  it('never says back as loved the thing a fan criticised, in any language', () => {
    const fr = replyTo('Soirée parfaite, la tarte fine aux pommes divine. Seul bémol : le risotto un peu froid. On reviendra !', BAKERY, {
      rating: 5,
    }).first;
    expect(fr).toMatch(/tarte/u);
    const fan = replyTo('Belle soirée, équipe adorable. Seul bémol : le fondant un peu sec. On reviendra !', BAKERY, { rating: 5 });
    expect(fan.family).toBe('fan');
    expect(fan.first).not.toMatch(/fondant/u);
    expect(fr).not.toMatch(/(?:aimé|mots sur|ce que vous dites sur)[^.!]*risotto/u);
    const de = replyTo('Tolle Pizza und super Wein! Einziges Manko: das Tiramisu war etwas trocken.', BAKERY, { rating: 5 }).first;
    expect(de).not.toMatch(/(?:Lob|gefallen|gefreut)[^.!]*Tiramisu/u);
  });

  it('says back the compound they loved and the person they named', () => {
    const { first } = replyTo('The sugar free lemon cake was unreal and Tomasz was so kind to us.', BAKERY, { rating: 5 });
    expect(first).toMatch(/sugar-free lemon cake/u);
    expect(first).toMatch(/Tomasz/u);
  });
});

describe('a booking nobody kept, and a lukewarm review we cannot judge', () => {
  it('apologises for the booking, not for the sign that said so', () => {
    const { first } = replyTo(
      'We had booked for 7:30 and had the confirmation email. Got there and found a note on the door saying closed for a private party. No call, nothing.',
      BAKERY,
      { rating: 1 },
    );
    expect(first).toMatch(/arriving for your booking to find us closed/u);
    expect(first).not.toMatch(/the note|the sign/u);
  });

  it('thanks for the points of a lukewarm review it cannot judge, without agreeing they were wrong', () => {
    const dutch = replyTo('Leuke plek aan het water, de koffie was prima. De taart was wel erg droog.', BAKERY, { rating: 3 }).first;
    expect(dutch).not.toMatch(/right to mention/u);
    const praised = replyTo('Decent spot. We had the brunch on the terrace, service was fine. Might be back.', BAKERY, { rating: 3 }).first;
    expect(praised).not.toMatch(/right to mention/u);
    const criticised = replyTo('Decent spot, but the brunch was cold and the terrace was dirty.', BAKERY, { rating: 3 }).first;
    expect(criticised).toMatch(/right to mention/u);
  });
});

describe('a fan who asks something', () => {
  it('thanks for the praise before answering, and congratulates an occasion to come', () => {
    const { family, first } = replyTo(
      'Your sourdough is the best in town, honestly. We would love you to do the bread for our wedding in June: do you take orders that big?',
      BAKERY,
      { rating: 5 },
    );
    expect(family).toBe('question');
    expect(first).toMatch(/kind words about the sourdough/u);
    expect(first).toMatch(/Congratulations, and we'd love to be part of your wedding!/u);
  });

  it('thanks for the praise in the reply language too, and not when the question complains', () => {
    const french = replyTo('Le pain est délicieux, bravo ! Vous faites des gâteaux sur commande ?', BAKERY, { rating: 5 }).first;
    expect(french).toMatch(/^Bonjour.*\n\nMerci pour vos mots sur le pain/su);
    const cross = replyTo('Why was my bread stale again? Do you even bake it daily?', BAKERY, { rating: 2 }).first;
    expect(cross).not.toMatch(/kind words/u);
  });
});

describe('complaints read by hand, written afresh', () => {
  it('names the wrong milk given and wishes them well after an afternoon ill', () => {
    const { first } = replyTo("Asked for soy milk, got cow's milk. Spent the whole evening ill.", BAKERY, { rating: 1 });
    expect(first).toMatch(/cow's milk instead of the soy milk/u);
    expect(first).toMatch(/feeling better/u);
  });

  it('says the staff did it as "we", and does not repeat a wait its two times already tell', () => {
    const charged = replyTo('The scones were stale and they charged us full price anyway.', BAKERY, { rating: 2 }).first;
    expect(charged).toMatch(/we charged you full price/u);
    const late = replyTo('Ordered a cake for collection at 10:00 and it was not ready until 10:40.', BAKERY, { rating: 2 }).first;
    expect(late).toMatch(/10:40/u);
    expect(late).not.toMatch(/40-minute wait/u);
  });

  it('a smell of smoke in a room is a complaint, not a safety threat; a rattle is "the rattling"', () => {
    const { family, first } = replyTo('The room smelled of smoke and the fan rattled all night', BAKERY, { rating: 2 });
    expect(family).toBe('complaint');
    expect(first).not.toMatch(/the rattled/u);
  });
});

describe('a fan whose things have lasted', () => {
  it('is glad they are still going strong, and does not thank them for a season', () => {
    const SANDALS: Profile = ProfileSchema.parse({
      brand: 'Costa Sandals',
      replierName: 'Eva Ruiz',
      signature: 'Eva, Costa Sandals',
      email: 'eva@costa.example',
      business: { kind: 'shop', noun: 'order' },
      languages: ['en', 'es'],
      facts: {},
    });
    const english = replyTo('Got two pairs last summer and they still look like new. Best sandals ever.', SANDALS, { rating: 5 }).first;
    expect(english).toMatch(/still going strong/u);
    expect(english).not.toMatch(/enjoyed the summer|the pairs/u);
    const spanish = replyTo('Dos años con las mismas sandalias y siguen como el primer día. ¡Gracias!', SANDALS, { rating: 5 }).first;
    expect(spanish).toMatch(/siguen como el primer día!/u);
  });
});

describe('a message nobody answered', () => {
  it('owns the silence and does not name the mail as a thing ("una mail senza risposta")', () => {
    const ITALIAN: Profile = ProfileSchema.parse({
      brand: 'Albergo Sole',
      replierName: 'Marta Neri',
      signature: 'Marta, Albergo Sole',
      email: 'info@sole.example',
      business: { kind: 'hotel', noun: 'stay' },
      languages: ['it'],
      facts: {},
    });
    const { first } = replyTo('Mi avete addebitato la colazione due volte e ho mandato una mail senza risposta.', ITALIAN, { rating: 1 });
    expect(first).not.toMatch(/la mail/u);
    expect(first).toMatch(/nessuno Le ha risposto/u);
  });
});
