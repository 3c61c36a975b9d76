// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { factInLanguage } from './fact-language';

// Facts written for this file, in the words small businesses use; none is a profile's.
describe('a fact said in the reply’s language', () => {
  it('a hotel’s English notes in French, German and Italian, names and times kept', () => {
    expect(factInLanguage('Free shuttle from Locarno station on request', 'en', 'de')).toBe(
      'Kostenloser Shuttle vom Bahnhof Locarno auf Anfrage',
    );
    expect(factInLanguage('Free shuttle from Locarno station on request', 'en', 'fr')).toBe(
      'Navette gratuite depuis la gare de Locarno sur demande',
    );
    expect(factInLanguage('Check-in from 14:00, check-out until 10:30', 'en', 'it')).toBe('Check-in dalle 14:00, check-out entro le 10:30');
    expect(factInLanguage('Dogs welcome, €15 per night; underground garage, €30 per night', 'en', 'de')).toBe(
      'Hunde willkommen, €15 pro Nacht; Tiefgarage, €30 pro Nacht',
    );
  });

  it('a French restaurant’s notes in English, with its times read as clock times', () => {
    expect(factInLanguage('Tous les jours 11h30–15h ; brunch le dimanche 10h–14h', 'fr', 'en')).toBe(
      'Every day 11:30–15:00; brunch on Sundays 10:00–14:00',
    );
    expect(factInLanguage('Réservation en ligne sur notre site ou par téléphone', 'fr', 'en')).toBe(
      'Booking online on our website or by phone',
    );
  });

  it('a Spanish shop’s notes in Portuguese and English', () => {
    expect(factInLanguage('Tallas 36–44; si dudas entre dos tallas, elige la mayor', 'es', 'pt')).toBe(
      'Tamanhos 36–44; se estiver entre dois tamanhos, escolha o maior',
    );
    expect(factInLanguage('Cambios y devoluciones gratis durante 15 días', 'es', 'en')).toBe('Free exchanges and returns for 15 days');
  });

  it('English am/pm hours become clock times in other languages, and stay as written in English', () => {
    expect(factInLanguage('Tue–Fri 4–7pm', 'en', 'de')).toBe('Dienstag bis Freitag 16:00–19:00');
    expect(factInLanguage('Tue–Fri 4–7pm', 'en', 'en')).toBe('Tue–Fri 4–7pm');
  });

  it('nothing half said: one word outside the glossary keeps the fact as written (undefined)', () => {
    expect(factInLanguage('Free shuttle from Locarno station, bikes for hire at reception', 'en', 'de')).toBeUndefined();
    expect(factInLanguage('Sauna and hammam open until 22:00', 'en', 'fr')).toBeUndefined();
  });

  it('a link, or a list of places, needs no saying again', () => {
    expect(factInLanguage('https://pension-alpina.example', 'en', 'de')).toBe('https://pension-alpina.example');
    expect(factInLanguage('Paris 15e, Nantes Centre, Rennes Gare', 'fr', 'en')).toBe('Paris 15e, Nantes Centre, Rennes Gare');
  });

  it('an address says its country in the reply’s language', () => {
    expect(factInLanguage('Via Nassa 4, Lugano, Switzerland', 'en', 'it')).toBe('Via Nassa 4, Lugano, Svizzera');
  });
});
