// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ITEM_FLAGS } from '@/lib/classifier/labels';
import { FLAG_HINTS, FLAG_WORDS, flagsByUrgency } from './flags';

describe('flag words', () => {
  test('every flag has plain words and a one-line hint, none in camelCase', () => {
    for (const flag of ITEM_FLAGS) {
      expect(FLAG_WORDS[flag]).toMatch(/^[a-z ]+$/u);
      expect(FLAG_HINTS[flag].length).toBeGreaterThan(10);
      expect(FLAG_HINTS[flag]).not.toContain('\n');
    }
  });

  test('orders the most urgent first and drops repeats', () => {
    expect(flagsByUrgency(['complaint', 'offTopic', 'hazard', 'question', 'hazard'])).toEqual([
      'hazard',
      'question',
      'offTopic',
      'complaint',
    ]);
  });
});
