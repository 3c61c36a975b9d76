// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeItem } from '@/lib/storage/testing';
import { labelItems, labelItemsEarly, mayNameOwnWords } from './labelling';

const HARBOR = ['Harbor & Pine Coffee', 'Maya Lopez', '@harborpine'];
const LUNA = ['Cafe Luna', 'Jo Smith'];

// Texts from the reading set, and a few that name the businesses (the reading weighs their names there).
const texts = readFileSync(resolve('tests/reading/reading-set.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, 40)
  .map((line) => (JSON.parse(line) as { text: string }).text);
const items = [
  ...texts,
  '@harborpine do you take bookings for 10 on Saturday?',
  'Does anyone know if Harbor & Pine Coffee opens on Sundays?',
  '@cafeluna thanks Jo Smith, the cake was lovely',
  'Maya was so helpful, thank you Maya!',
  "Café Luna's croissants are the best in town",
].map((text, index) => makeItem({ id: `i${index}`, text, rating: index % 5 === 0 ? (index % 3) + 1 : undefined }));

describe('the business names a reading may depend on', () => {
  it('are found in the text or title, in any case and with or without accents', () => {
    expect(mayNameOwnWords({ text: 'Love this place, HARBOR was busy' }, HARBOR)).toBe(true);
    expect(mayNameOwnWords({ text: '@harborpinecoffee do you open early?' }, HARBOR)).toBe(true);
    expect(mayNameOwnWords({ text: 'Great', title: 'Thanks Maya' }, HARBOR)).toBe(true);
    expect(mayNameOwnWords({ text: 'Café Luna, always' }, LUNA)).toBe(true);
    expect(mayNameOwnWords({ text: 'Cold coffee and a long wait.' }, LUNA)).toBe(false);
    expect(mayNameOwnWords({ text: 'Anything at all' }, [])).toBe(false);
  });
});

describe('labels read while the settings arrive', () => {
  it('are the labels read with the real names, whatever the names guessed', async () => {
    // After a start nothing is guessed; later reports guess the last names, right or wrong.
    for (const words of [HARBOR, HARBOR, LUNA, [], HARBOR]) {
      const early = await labelItemsEarly(items, Promise.resolve(words));
      expect(early).toEqual(labelItems(items, words));
    }
  });
});
