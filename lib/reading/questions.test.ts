// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { readItem } from './read';

const read = (text: string) => readItem({ text }, { classify });

// A question the business should answer is listed; one that is a complaint in question form is not.
describe('rhetorical questions are not questions to answer', () => {
  it.each([
    'How is it even possible to burn a salad?',
    'Who hires these people?? Unbelievable.',
    'Do you guys even check the orders before they go out?',
    'Why do I still order from here, honestly?',
    'But how is that possible after three emails?',
    'Pourquoi je continue à commander chez vous ?',
    '¿Quién me manda a mí pedir a domicilio?',
    'Wer denkt sich solche Öffnungszeiten aus?',
    'Ma come si fa a perdere una valigia così?',
    'Para que é que eu ainda volto cá?',
    'Is "on time" a foreign word to your drivers? 🙄',
    'Was the soup supposed to be cold? 🤦',
  ])('%s', (text) => {
    const reading = read(text);
    expect(reading.questions).toEqual([]);
    expect(reading.flags).not.toContain('question');
  });
});

describe('sincere questions stay questions', () => {
  it.each([
    'Do you even deliver to Leeds? Would love to order.',
    'How do you get to the hotel from the station?',
    'Who do I talk to about a group booking?',
    'Pourquoi la terrasse est fermée le lundi ?',
    '¿Cómo es el menú para niños?',
    'Wann öffnet ihr eigentlich am Sonntag?',
  ])('%s', (text) => {
    expect(read(text).flags).toContain('question');
  });
});

// The question flag picks the playbook that answers: a question to a friend or to the other
// readers is off topic, not one for the business (its sentence is still listed).
describe('questions to someone else are off topic, not questions for the business', () => {
  it.each([
    'Does anyone know a good mechanic near the station? My van just died',
    '@marco_b you coming on Friday or not?',
    'Quelqu’un sait si le tram 3 circule demain avec la grève ?',
    'Weiß jemand, ob die S-Bahn morgen fährt?',
  ])('%s', (text) => {
    const reading = read(text);
    expect(reading.flags).toContain('offTopic');
    expect(reading.flags).not.toContain('question');
    expect(reading.questions.length).toBeGreaterThan(0);
    expect(reading.reasons.join(' ')).not.toMatch(/^Asks:/mu);
  });

  it('asking the room about the business itself is a question for the business', () => {
    const reading = readItem(
      { text: 'Does anyone know if Oak & Ember on Harbour St takes bookings for 9 people?' },
      { classify, ownWords: ['Oak & Ember'] },
    );
    expect(reading.flags).toContain('question');
    expect(reading.flags).not.toContain('offTopic');
  });
});

describe('asking how to cancel', () => {
  it('with nothing wrong, is a question and not a refund (and the reasons say nothing of money back)', () => {
    const reading = read('How do I cancel my plan? Moving to a new job.');
    expect(reading.flags).not.toContain('refund');
    expect(reading.reasons.join('\n')).not.toMatch(/Money back/u);
  });

  it('with an error beside it, is a complaint asking to cancel', () => {
    const reading = read('Can I cancel my subscription box? The website keeps giving me an error.');
    expect(reading.flags).toContain('complaint');
    expect(reading.flags).toContain('refund');
  });
});

describe('a "??" with no question opening, then delight, is an exclamation', () => {
  it.each(['the smoked wings on a tuesday?? no words 🔥', 'that rooftop bar at sunset?? heaven', 'free refills on the chai?? 😍'])(
    '%s',
    (text) => {
      expect(read(text).questions).toEqual([]);
    },
  );

  it('still hears a real question before the delight', () => {
    expect(read('do you do the wings on tuesdays?? amazing if so').questions).toHaveLength(1);
  });
});
