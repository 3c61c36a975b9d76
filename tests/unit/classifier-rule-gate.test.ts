// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/lib/classifier/normalize';
import { ruleFlags, rulesAndTopics, topicNames } from '@/lib/classifier/rules';
import { tokenizeNormalized } from '@/lib/classifier/tokenize';
import { hasData, loadSplit } from '@/scripts/classifier/datasets';

// The token gate of rules.ts (which patterns a text may match) must never skip a pattern that
// matches: checked against the full scans on every text of the labelled sets.
describe.skipIf(!hasData())('rule and topic token gate on real texts', () => {
  it('answers exactly as ruleFlags and topicNames on every text of the labelled sets', () => {
    const sets = ['tweeteval/sentiment', 'tweeteval/offensive', 'complaints', ...['fr', 'de', 'es', 'it', 'pt'].map((l) => `umsab/${l}`)];
    let texts = 0;
    for (const set of sets) {
      for (const split of ['train', 'val'] as const) {
        for (const { text } of loadSplit(set, split)) {
          const normalized = normalizeText(text);
          expect(rulesAndTopics(normalized, tokenizeNormalized(normalized)), text).toEqual({
            hits: ruleFlags(normalized),
            topics: topicNames(normalized),
          });
          texts++;
        }
      }
    }
    expect(texts).toBeGreaterThan(60_000);
  });
});
