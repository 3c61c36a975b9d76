// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import { ProfileSchema, type Profile } from '@/lib/settings/schema';
import { suggestReplies } from './suggest';

/**
 * Questions written for each kind of fact a profile holds, in the six languages
 * (tests/replies/fact-questions.json): each is read as a question and answered from its fact,
 * never with a gap. The profile is written for this test; its facts are in English, so the other
 * languages find them by their key words.
 */
const QUESTIONS = JSON.parse(readFileSync(resolve(__dirname, '../../tests/replies/fact-questions.json'), 'utf8')) as Record<
  string,
  string[]
>;

const FACTS: Record<string, string> = {
  hours: 'Open Tue–Sun 9:00–18:00, closed Mondays',
  booking: 'Walk-ins welcome; book online for 6 or more',
  delivery: 'Shipping €4.90, free over €50; 2–4 days',
  returns: 'Free exchanges and returns within 30 days',
  sizes: 'Sizes 35–46; between two sizes, take the larger',
  payment: 'Cards, PayPal and cash',
  address: '12 Harbour Street, next to the station',
  milk: 'Oat and soy milk at no extra charge',
  dogs: 'Dogs welcome inside and on the terrace',
  wifi: 'Free wifi; the password is on the receipt',
  glutenFree: 'Gluten-free brownies and bread every day',
  pricing: 'Free for 3 clients; Pro €9 a month',
  trial: 'Pro free for 30 days, no card needed',
  platforms: 'Web, iPad, iOS and Android apps',
  export: 'Export everything to CSV or PDF under Settings',
  locations: 'Restaurants in Lyon and Lille',
  giftCards: 'Gift vouchers from €20, online or in store',
  menu: 'Vegan and vegetarian dishes marked on the menu',
  catering: 'Catering and buffets for 20 to 200 people',
  parking: 'Free car park behind the building',
  happyHour: 'Happy hour drinks deals 4–6 pm daily',
  checkIn: 'Check-in from 15:00; we keep your bags before then',
  breakfast: 'Breakfast 7:00–10:30',
  spa: 'Sauna and pool open 7:00–21:00',
  pets: 'Dogs welcome, €15 a night',
  transfer: 'Airport shuttle on request',
  status: 'Service status at status.example',
  website: 'Order at shop.example',
  amazon: 'We also sell on Amazon',
};

const PROFILE: Profile = ProfileSchema.parse({
  brand: 'Harbour House',
  replierName: 'Sam Reid',
  signature: 'Sam, Harbour House',
  email: 'hello@harbour.example',
  business: { kind: 'shop', noun: 'visit' },
  languages: ['en'],
  facts: FACTS,
});

describe('questions about each fact, in six languages', () => {
  const cases = Object.entries(QUESTIONS).flatMap(([key, texts]) => texts.map((text) => [key, text] as const));
  it.each(cases)('%s: %s', (key, text) => {
    const reading = readItem({ text }, { classify, ownWords: [PROFILE.brand] });
    const result = suggestReplies({ item: { id: 'q', site: 'facebook', text }, labels: reading, profile: PROFILE });
    expect(result.family).toBe('question');
    const first = result.suggestions[0]?.text ?? '';
    expect(first).not.toContain('[');
    // The fact asked about (checked by its opening words), not another one; a dog may get the pets fact.
    const answers = (key === 'dogs' || key === 'pets' ? ['dogs', 'pets'] : [key]).map((k) => FACTS[k]!.split(/[;,]/u)[0]!.trim());
    expect(answers.some((answer) => first.includes(answer))).toBe(true);
  });
});
