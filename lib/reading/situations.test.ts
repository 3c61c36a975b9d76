// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractPoints } from './points';
import { situationsOf } from './situations';

const detailOf = (text: string) => situationsOf(text).map((p) => p.detail);

describe('situations: the complaint’s main verb-object', () => {
  it('reads a kitchen or service that stopped before closing time, in six languages', () => {
    expect(detailOf('Arrived at 2:30, open till 3 they said, but the kitchen was already closed.')).toContain('closed-early');
    expect(detailOf("On est arrivés à 21h, la cuisine était déjà fermée alors que c'est ouvert jusqu'à 23h.")).toContain('closed-early');
    expect(detailOf('La cocina ya estaba cerrada a las diez, y cierran a medianoche.')).toContain('closed-early');
    expect(detailOf('Um 20 Uhr war die Küche schon zu, obwohl bis 22 Uhr geöffnet ist.')).toContain('closed-early');
    expect(detailOf('Alle 21 la cucina era già chiusa.')).toContain('closed-early');
    expect(detailOf('Às 22h a cozinha já estava fechada.')).toContain('closed-early');
  });

  it('reads a place found shut from a sign on the door, with the day they came, said once', () => {
    const texts = (text: string) => extractPoints(text, { language: 'en' }).map((p) => `${p.text}:${p.detail ?? ''}`);
    expect(texts('Got there and there was a sign on the door: closed for a family emergency.')).toEqual(['closed:found-closed']);
    expect(texts('Found it closed. Google says open.')).toEqual(['opening hours:closed-early']);
    expect(texts('We found the place shut on a Sunday.')).toEqual(['sunday:found-closed']);
    expect(texts('Drove an hour on Saturday and the note on the door said shut till Monday.')).toEqual(['saturday:found-closed']);
    // Shut while the listing said open is one point, and the site that showed it is how they knew.
    expect(
      texts('drove 25 min on a tuesday at 1pm. sign on the door: "closed today, sorry y\'all". google says open, your site says open.'),
    ).toEqual(['opening hours:closed-early']);
  });

  it('names what ran out, not the time it ran out', () => {
    const [point] = situationsOf('The lemon tart had sold out by 11 on a Sunday.');
    expect(point).toMatchObject({ detail: 'sold-out', text: 'lemon tart' });
    expect(situationsOf('They ran out of oat milk before lunch.')[0]).toMatchObject({ detail: 'sold-out', text: 'oat milk' });
    expect(situationsOf('Le plat du jour était déjà épuisé à 13h.')[0]?.detail).toBe('sold-out');
    expect(situationsOf('Das Tagesgericht war um 12 schon aus.')[0]?.detail).toBe('sold-out');
  });

  it('reads outages and crashes of an app, with the action that crashes it', () => {
    expect(detailOf('The website keeps going down every Friday evening.')).toContain('outage');
    expect(detailOf("L'application est en panne tous les lundis.")).toContain('outage');
    const [crash] = situationsOf('Since the latest update the Android app crashes when I export my timesheet.');
    expect(crash).toMatchObject({ detail: 'crash' });
    expect(crash?.text).toBe('Android app crashing when you export your timesheet since the last update');
  });

  it('does not read "out of order" as a sell-out, and reads a Spanish sell-out with its thing', () => {
    expect(situationsOf('The lift was out of order for two days.')[0]).toMatchObject({ detail: 'outage', text: 'lift' });
    expect(situationsOf('Las sandalias verdes se agotaron en una hora.')[0]).toMatchObject({
      detail: 'sold-out',
      text: 'sandalias verdes',
    });
  });

  it('reads a charge after cancelling, whichever order it is told in', () => {
    expect(detailOf('I cancelled my plan in May and you still billed me in June.')).toContain('charged-after-cancel');
    expect(detailOf('Billed £12 a week after I cancelled.')).toContain('charged-after-cancel');
    expect(detailOf('Ich habe gekündigt und trotzdem wurde wieder abgebucht.')).toContain('charged-after-cancel');
    expect(detailOf('A chegada foi ótima e o pequeno-almoço também.')).toEqual([]);
  });

  it('puts the situation first and drops the incidental nouns beside it', () => {
    const points = extractPoints('The booking site goes down on the first day of every month, no link works.', { language: 'en' });
    expect(points[0]?.detail).toBe('outage');
    expect(points.map((p) => p.text.toLowerCase())).not.toContain('month');
  });
});

describe('points are things, not weather or time words', () => {
  it('never keeps a weekday, a time unit or a weather adjective as a point', () => {
    const texts = extractPoints('On a rainy Wednesday the scones were stale.', { language: 'en' }).map((p) => p.text.toLowerCase());
    expect(texts.some((t) => /rainy|wednesday/u.test(t) && !/scone/u.test(t))).toBe(false);
    const german = extractPoints('Im ganzen Jahr nie so ein schlechtes Frühstück gehabt.', { language: 'de' }).map((p) => p.text);
    expect(german).not.toContain('Jahr');
  });

  it('keeps a "-free" compound whole and does not read it as a hazard', () => {
    const points = extractPoints('The dairy free cheesecake was gorgeous.', { language: 'en' });
    expect(points.map((p) => p.text)).toContain('dairy-free cheesecake');
    const gluten = extractPoints('Loved the gluten free banana loaf.', { language: 'en' });
    expect(gluten.some((p) => p.aspect === 'safety')).toBe(false);
  });

  it('never makes a lawyer or a consumer body the matter', () => {
    const texts = extractPoints('Mi abogado y la asociación de consumidores ya lo saben: la fianza no se devolvió.', {
      language: 'es',
    }).map((p) => p.text.toLowerCase());
    expect(texts.some((t) => /abogad|asociaci/u.test(t))).toBe(false);
  });
});

describe('sell-outs are not every "no" or "more"', () => {
  const soldOut = (text: string, language: string) =>
    extractPoints(text, { language })
      .filter((p) => p.detail === 'sold-out')
      .map((p) => p.text);

  it('German "kein X mehr" is a sell-out; "keine Antwort", "kein Geld" are not', () => {
    expect(soldOut('Um 13 Uhr gab es kein Schnitzel mehr, schade.', 'de')).toEqual(['Schnitzel']);
    expect(soldOut('Dann bitte auch kein Geld dafür verlangen. Zweimal gemeldet, keine Antwort.', 'de')).toEqual([]);
  });

  it('French "il n\'y avait plus de X" is a sell-out; "plus de choix" (more choice) is not', () => {
    expect(soldOut("Il n'y avait plus de tarte aux pommes à 14h.", 'fr')).toEqual(['tarte aux pommes']);
    expect(soldOut('Plus de choix que la dernière fois, super.', 'fr')).toEqual([]);
  });

  it('a sell-out put in quotes still names the dish', () => {
    expect(soldOut('We were told the vegan option was "finished" at 12:30.', 'en')).toEqual(['vegan option']);
  });
});

describe('"kein X mehr" followed by a verb is "can no longer", not a sell-out', () => {
  it.each([
    'Seit dem Update kann ich keine Belege mehr fotografieren, die Kamera bleibt schwarz.',
    'Ich kann keine Rechnungen mehr exportieren.',
  ])('%s', (text) => {
    expect(detailOf(text)).not.toContain('sold-out');
  });

  it('a sell-out told with "mehr bekommen" still is one', () => {
    expect(detailOf('Um 13 Uhr haben wir keine Brezeln mehr bekommen.')).toContain('sold-out');
  });
});

describe('an account locked and a thing that stopped working (written afresh)', () => {
  it('reads a locked or suspended account in six languages', () => {
    for (const text of [
      'My account was locked this morning and I cannot invoice anyone.',
      'Mon compte a été bloqué sans explication.',
      'Mi cuenta está bloqueada desde ayer.',
      'Mein Konto wurde ohne Grund gesperrt.',
      'Il mio account è stato sospeso senza motivo.',
      'A minha conta foi bloqueada ontem.',
    ])
      expect(
        situationsOf(text).map((p) => p.detail),
        text,
      ).toContain('locked-account');
  });
  it('names what stopped working, and not a pronoun', () => {
    expect(situationsOf("Export to CSV hasn't worked since Tuesday.").find((p) => p.detail === 'not-working')?.text).toBe('Export to CSV');
    expect(situationsOf('The bank sync stopped working after the update').find((p) => p.detail === 'not-working')?.text).toBe('bank sync');
    expect(situationsOf("It doesn't work at all").some((p) => p.detail === 'not-working')).toBe(false);
  });
});

describe('a car towed from the car park (written afresh)', () => {
  it('is a situation in six languages', () => {
    for (const text of [
      'Our van was towed from your car park while we ate.',
      'Ma voiture a été mise en fourrière pendant le dîner.',
      'La grúa se llevó mi coche del aparcamiento.',
      'Unser Auto wurde während des Essens abgeschleppt.',
      "L'auto è stata rimossa dal parcheggio.",
      'O meu carro foi rebocado do parque.',
    ])
      expect(
        situationsOf(text).map((p) => p.detail),
        text,
      ).toContain('towed');
  });
});

describe('a booking kept by nobody', () => {
  it('reads turning up for a booking to find the place shut, and not the sign on the door', () => {
    const text =
      'We had reserved for 7pm for my mum, got a confirmation and all. Got there to find the doors shut for a private party. Nobody told us.';
    expect(detailOf(text)).toContain('closed-on-booking');
    expect(extractPoints(text).some((p) => p.text === 'sign')).toBe(false);
    expect(detailOf('Avevamo una prenotazione per le 20, ma il ristorante era chiuso per un evento privato.')).toContain(
      'closed-on-booking',
    );
    expect(detailOf('The kitchen was closed by 9 even though we had booked.')).not.toContain('closed-on-booking');
  });

  it('a facility shut is the facility, not the place found closed', () => {
    const text = 'Lovely staff but the spa was closed for maintenance the whole weekend and nobody told us when we booked the spa package.';
    expect(detailOf(text)).toContain('facility-closed');
    expect(detailOf(text)).not.toContain('closed-on-booking');
    expect(detailOf('La piscine était fermée tout le week-end.')).toContain('facility-closed');
  });
});
