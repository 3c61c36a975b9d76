// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { expandPhrase } from './expand';
import { matchShortcut } from './match';
import { ShortcutsSchema } from './schema';

const NAMES = [';thanks', ';thanksall', ';hours', ';merci'];

describe('matchShortcut', () => {
  test('finds a shortcut followed by a space; only the name is replaced', () => {
    expect(matchShortcut('Hi there ;thanks ', NAMES)).toEqual({ name: ';thanks', start: 9, end: 16 });
    expect(matchShortcut(';hours.', NAMES)).toEqual({ name: ';hours', start: 0, end: 6 });
  });

  test('waits for the space or punctuation after the name, so a longer word or name is never cut short', () => {
    expect(matchShortcut('See ;hours', NAMES)).toBeUndefined();
    expect(matchShortcut('Hi ;thanks', NAMES)).toBeUndefined();
    expect(matchShortcut('Hi ;thanksgiving ', NAMES)).toBeUndefined();
    expect(matchShortcut('Hi ;thanksall!', NAMES)).toEqual({ name: ';thanksall', start: 3, end: 13 });
    expect(matchShortcut('Hi ;thanks\n', NAMES)).toEqual({ name: ';thanks', start: 3, end: 10 });
  });

  test('needs the start of the text or whitespace before the ;', () => {
    expect(matchShortcut('word;thanks ', NAMES)).toBeUndefined();
    expect(matchShortcut('line\n;hours,', NAMES)).toEqual({ name: ';hours', start: 5, end: 11 });
  });

  test('ignores unknown words, half-typed names and text after the name', () => {
    expect(matchShortcut('Hi ;thank ', NAMES)).toBeUndefined();
    expect(matchShortcut('Hi ;thanks  ', NAMES)).toBeUndefined();
    expect(matchShortcut(';hours later', NAMES)).toBeUndefined();
    expect(matchShortcut('no shortcut here', NAMES)).toBeUndefined();
    expect(matchShortcut(';thanks ', [])).toBeUndefined();
  });

  test('counts offsets in UTF-16 units, as the DOM does', () => {
    const before = '👋 ;merci ';
    const match = matchShortcut(before, NAMES)!;
    expect(before.slice(match.start, match.end)).toBe(';merci');
  });
});

describe('ShortcutsSchema', () => {
  test('takes one-word names that start with ; and known variables', () => {
    const parsed = ShortcutsSchema.parse([{ name: ' ;thanks ', phrase: ' Thanks, {{firstName}}! — {{brand}} ' }]);
    expect(parsed).toEqual([{ name: ';thanks', phrase: 'Thanks, {{firstName}}! — {{brand}}' }]);
  });

  test('names the field that is wrong', () => {
    const bad = ShortcutsSchema.safeParse([
      { name: 'thanks', phrase: 'x' },
      { name: ';two words', phrase: 'x' },
      { name: ';ok', phrase: 'Hi {{frstName}}' },
      { name: ';ok', phrase: '' },
    ]);
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['0.name', '1.name', '2.phrase', '3.phrase', '3.name']));
    expect(bad.error!.issues.find((issue) => issue.path.join('.') === '2.phrase')!.message).toMatch(/unknown variable \{\{frstName\}\}/);
  });
});

describe('expandPhrase', () => {
  test('fills the item and profile variables; a missing one shows its marker', () => {
    const result = expandPhrase('Thanks, {{firstName}}! — {{brand}} {{rating}}', {
      item: { author: 'dana whitfield', text: 'Lovely', site: 'facebook' },
      site: 'facebook',
      profile: SAMPLE_PROFILE,
    });
    expect(result.text).toBe('Thanks, Dana! — Harbor & Pine Coffee [rating]');
    expect(result.unfilled).toEqual(['rating']);
  });

  test('without an item the greeting falls back to "there"', () => {
    expect(expandPhrase('Hi {{firstName}}', { site: 'demo', profile: SAMPLE_PROFILE }).text).toBe('Hi there');
  });
});
