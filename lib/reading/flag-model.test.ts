// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { trainFlagModel } from '@/scripts/train-flags';
import { flagFeatures, modelFlags } from './flag-model';
import { readItem } from './read';

const read = (text: string, rating?: number) => readItem({ text, rating }, { classify });
const FUNCTION_WORDS = new Set([
  'about',
  'you',
  'the',
  'and',
  'your',
  'with',
  'for',
  'this',
  'that',
  'les',
  'des',
  'und',
  'der',
  'que',
  'per',
  'com',
]);

describe('learned flags (lib/reading/flag-model.ts)', () => {
  it('the shipped model is what `npm run train:flags` writes from the labelled sets', () => {
    const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, 'flag-model.json'), 'utf8'));
    const { file } = trainFlagModel();
    expect(file).toEqual(shipped);
  }, 180_000);

  it('features are deterministic and ignore links and handles as words', () => {
    const a = flagFeatures('Visit https://spam.example/x now @someone', undefined, 14);
    const b = flagFeatures('Visit https://other.example/y now @another', undefined, 14);
    expect(a.map((f) => f.bucket)).toEqual(b.map((f) => f.bucket));
  });

  it('shows words, never function words or links, as its evidence', () => {
    const texts = [
      'Get rich quick!! Message me on WhatsApp for my forex signals, 300% returns guaranteed',
      'Miss you grandad, it has been five years today',
      'You people are subhuman garbage and everyone who works there should be ashamed',
    ];
    for (const text of texts) {
      for (const reading of modelFlags(text)) {
        for (const words of reading.evidence) {
          expect(
            words.split(' ').some((word) => word.length >= 3 && !FUNCTION_WORDS.has(word)),
            `${reading.flag}: ${words}`,
          ).toBe(true);
          expect(words).not.toMatch(/urlmark|handlemark|http/u);
        }
      }
    }
  });

  it('a friend tagged about their own dog is off topic: a thing named without a verdict is not ours', () => {
    expect(read('@sam.k omg is that your cat on the windowsill 😂').flags).toContain('offTopic');
  });

  it('a tagged friend with praise of a dish is a fan, not off topic', () => {
    const reading = read("@jess.kaye_ this is the place with the smoked brisket I keep telling you about, we're going friday 🔥🔥");
    expect(reading.flags).not.toContain('offTopic');
  });

  it('raises flags the word lists miss, and says so in the reasons with its words', () => {
    // Invented for this test; the word lists say nothing on either (checked with learnedFlags off).
    for (const text of ['Nobody wants your kind around here', 'the owner is a fat ugly pig']) {
      expect(readItem({ text }, { classify, learnedFlags: false }).flags, text).not.toContain('abusive');
      const reading = read(text);
      expect(reading.flags, text).toContain('abusive');
      expect(reading.reasons.join('\n')).toMatch(/^Insult aimed at people \(learned from examples\): '/mu);
    }
  });
});
