// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { DEFAULT_PLAYBOOKS } from './defaults';
import { parsePlaybookImport, serializePlaybooks } from './io';
import { buildContext, firstNameOf, renderTemplate } from './render';

describe('properties', () => {
  it('any author or text renders without throwing, and values appear literally', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (author, text) => {
        const context = buildContext({ item: { site: 'yelp', author, text }, profile: SAMPLE_PROFILE });
        const { text: out, unfilled } = renderTemplate('[{{author}}] [{{firstName}}] [{{quote}}]', context);
        expect(out).toBe(`[${context.author!.trim()}] [${context.firstName}] [${context.quote ?? '[what they said]'}]`);
        expect(unfilled.every((name) => name === 'quote')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a first name, when found, is a word of the author name without handle characters', () => {
    fc.assert(
      fc.property(fc.string(), (author) => {
        const name = firstNameOf(author);
        if (name === undefined) return;
        // "Familie Keller" is greeted as a family, whole.
        if (/^(?:familie|family|famille|famiglia|familia|fam\.)\s/iu.test(name)) return;
        expect(name).not.toMatch(/[@_#\d{}<>[\]\s]/u);
        expect(author.toLocaleLowerCase()).toContain(name.slice(1).toLocaleLowerCase());
      }),
      { numRuns: 500 },
    );
  });

  it('export then import returns the same playbooks for any names and descriptions', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0 && s === s.trim()),
        fc.string({ maxLength: 200 }),
        (name, description) => {
          const playbooks = DEFAULT_PLAYBOOKS.map((playbook) => ({ ...playbook, name, description }));
          expect(parsePlaybookImport(serializePlaybooks(playbooks))).toEqual({ ok: true, data: playbooks });
        },
      ),
      { numRuns: 50 },
    );
  });
});
