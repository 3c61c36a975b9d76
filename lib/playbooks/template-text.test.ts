// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TEMPLATE_VARIABLES } from './schema';
import { checkTemplateText, closestVariable, insertVariable, matchingVariables, replaceVariable, variableQueryAt } from './template-text';

describe('template text checks', () => {
  it('suggests the known variable a typo meant, and nothing for a word far from all', () => {
    expect(closestVariable('dmhandle', TEMPLATE_VARIABLES)).toBe('dmHandle');
    expect(closestVariable('frstName', TEMPLATE_VARIABLES)).toBe('firstName');
    expect(closestVariable('first_name', TEMPLATE_VARIABLES)).toBe('firstName');
    expect(closestVariable('brnd', TEMPLATE_VARIABLES)).toBe('brand');
    expect(closestVariable('weather', TEMPLATE_VARIABLES)).toBeUndefined();
  });

  it('lists each unknown variable once, passes known ones, and reads bad tags in words', () => {
    expect(checkTemplateText('Hi {{firstName}} from {{brand}}', TEMPLATE_VARIABLES)).toEqual([]);
    expect(checkTemplateText('{{dmhandle}} or {{dmhandle}} or {{zzz}}', TEMPLATE_VARIABLES)).toEqual([
      { message: 'Unknown variable {{dmhandle}}. Did you mean {{dmHandle}}?', unknown: 'dmhandle', suggestion: 'dmHandle' },
      { message: 'Unknown variable {{zzz}}.', unknown: 'zzz' },
    ]);
    expect(checkTemplateText('Hi {{firstName', TEMPLATE_VARIABLES)[0]!.message).toMatch(/not closed/);
    expect(checkTemplateText('{{#brand}}x{{/brand}}', TEMPLATE_VARIABLES)[0]!.message).toMatch(/Only \{\{variable\}\}/);
  });

  it('replaces a mistyped variable everywhere, triple braces too', () => {
    expect(replaceVariable('{{dmhandle}} and {{{dmhandle}}} not dmhandle', 'dmhandle', 'dmHandle')).toBe(
      '{{dmHandle}} and {{{dmHandle}}} not dmhandle',
    );
  });

  it('finds an open {{ before the caret and completes it', () => {
    expect(variableQueryAt('Hi {{fir', 8)).toEqual({ start: 3, query: 'fir' });
    expect(variableQueryAt('Hi {{firstName}} x', 18)).toBeUndefined();
    expect(matchingVariables('na', TEMPLATE_VARIABLES)).toEqual(['firstName', 'replierName', 'signature']);
    expect(insertVariable('Hi {{fir}}!', 3, 8, 'firstName')).toEqual({ text: 'Hi {{firstName}}!', caret: 16 });
    expect(insertVariable('Hi !', 3, 3, 'firstName')).toEqual({ text: 'Hi {{firstName}}!', caret: 16 });
  });
});
