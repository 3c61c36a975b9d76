// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, SAMPLE_PROFILE } from '@/lib/settings/schema';
import { buildContext, contactFor, firstNameOf, quoteOf, renderTemplate, UNFILLED_MARKERS } from './render';
import { TEMPLATE_VARIABLES } from './schema';

const item = { site: 'yelp', author: 'Jane Doe', text: 'The croissant was stale. Staff were kind though.', rating: 2 };

describe('renderTemplate', () => {
  it('fills every variable from item, labels and profile', () => {
    const context = buildContext({ item, labels: { topics: ['delivery'] }, profile: SAMPLE_PROFILE });
    const body = TEMPLATE_VARIABLES.filter((name) => name !== 'answer')
      .map((name) => `${name}={{${name}}}`)
      .join('\n');
    const { text, unfilled } = renderTemplate(body, context);
    expect(unfilled).toEqual([]);
    expect(text).toBe(
      [
        'firstName=Jane',
        'author=Jane Doe',
        'site=Yelp',
        'rating=2',
        'quote=The croissant was stale',
        'topic=your delivery',
        'brand=Harbor & Pine Coffee',
        'replierName=Maya Lopez',
        'signature=— Maya, Harbor & Pine',
        'email=hello@harborpine.example',
        'phone=+1 555 0134',
        'dmHandle=@harborpine',
        'supportUrl=https://harborpine.example/help',
        'contact=hello@harborpine.example',
      ].join('\n'),
    );
  });

  it('does not HTML-escape: ampersands, quotes and angle brackets stay as typed', () => {
    const { text } = renderTemplate('{{brand}} says "{{quote}}"', { brand: 'Harbor & Pine', quote: '<b>5/5</b> "wow" it\'s great' });
    expect(text).toBe('Harbor & Pine says "<b>5/5</b> "wow" it\'s great"');
  });

  it('leaves an unfilled variable visible as a marker and lists it', () => {
    const { text, unfilled } = renderTemplate('Hi {{firstName}}, write to {{email}} or {{email}}. {{signature}}', {
      firstName: 'Ana',
      signature: '   ',
    });
    expect(text).toBe(`Hi Ana, write to ${UNFILLED_MARKERS.email} or ${UNFILLED_MARKERS.email}. ${UNFILLED_MARKERS.signature}`);
    expect(unfilled).toEqual(['email', 'signature']);
  });

  it('marks every profile field unfilled with an empty profile', () => {
    const context = buildContext({ item, profile: EMPTY_PROFILE });
    const { unfilled } = renderTemplate('{{brand}} {{replierName}} {{signature}} {{contact}} {{supportUrl}}', context);
    expect(unfilled).toEqual(['brand', 'replierName', 'signature', 'contact', 'supportUrl']);
  });

  it('never re-parses values: a name or quote holding {{tags}} stays literal', () => {
    const context = buildContext({
      item: { site: 'x', author: '{{brand}}', text: '{{#x}}{{supportUrl}}{{/x}} lol' },
      profile: SAMPLE_PROFILE,
    });
    expect(context.firstName).toBe('there');
    const { text } = renderTemplate('Hi {{author}}: "{{quote}}"', context);
    expect(text).toBe('Hi {{brand}}: "{{#x}}{{supportUrl}}{{/x}} lol"');
    expect(text).not.toContain('Harbor');
  });

  it('keeps emoji and right-to-left names intact', () => {
    const { text } = renderTemplate(
      'Hi {{firstName}} ({{author}})',
      buildContext({ item: { ...item, author: 'محمد علي 🌙' }, profile: SAMPLE_PROFILE }),
    );
    expect(text).toBe('Hi محمد (محمد علي 🌙)');
  });

  it('flags a template that is not plain mustache instead of throwing', () => {
    expect(renderTemplate('Hi {{#brand}}x', {})).toEqual({ text: 'Hi {{#brand}}x', unfilled: ['template'] });
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['  maria   lópez ', 'Maria'],
    ['🌸 Ana Lima', 'Ana'],
    ['Zoë', 'Zoë'],
    ["O'Brien Pat", "O'Brien"],
    ['محمد علي', 'محمد'],
    ['山田 太郎', '山田'], // family name first; greeting by it is the polite form there
    ['@jdoe99', undefined],
    ['user123', undefined],
    ['jdoe_99', undefined],
    ['lena.k', undefined],
    ['St. John Rivers', undefined],
    ['Dr. Ana Lima', undefined],
    ['Mr Tom Baker', 'Tom'],
    ['Sra. Lucía Gómez', 'Lucía'],
    ['Herr Müller', undefined],
    ["O'Brien, Kate", 'Kate'],
    ['KATE MOSS', 'Kate'],
    ['The Smiths', undefined],
    ['Ana Lima.', 'Ana'],
    ['A Google User', undefined],
    ['Anonymous', undefined],
    ['', undefined],
    [undefined, undefined],
    ['{{brand}} Bob', undefined],
    ['J. Smith', undefined],
    ['🔥🔥🔥', undefined],
  ])('%j → %j', (author, expected) => {
    expect(firstNameOf(author)).toBe(expected);
  });
});

describe('fallbacks', () => {
  it('greets "there" when the name is a handle, and keeps the handle as author', () => {
    const context = buildContext({ item: { ...item, author: '@jdoe99' }, profile: SAMPLE_PROFILE });
    expect(context.firstName).toBe('there');
    expect(context.author).toBe('@jdoe99');
  });

  it('uses "there" for both when there is no author at all', () => {
    const context = buildContext({ item: { site: 'yelp', text: 'ok' }, profile: SAMPLE_PROFILE });
    expect(renderTemplate('Hi {{firstName}} / Hi {{author}}', context).text).toBe('Hi there / Hi there');
  });

  it('leaves rating and quote unfilled when the item has none', () => {
    const context = buildContext({ item: { site: 'facebook', text: '   ', author: 'Jo Park' }, profile: SAMPLE_PROFILE });
    expect(renderTemplate('{{rating}} {{quote}}', context).unfilled).toEqual(['rating', 'quote']);
  });

  it('signs with the replier name when no signature is set', () => {
    const context = buildContext({ item, profile: { ...SAMPLE_PROFILE, signature: '' } });
    expect(context.signature).toBe('Maya Lopez');
  });

  it('picks a DM on social sites and email elsewhere, then phone, then the help page', () => {
    expect(contactFor(SAMPLE_PROFILE, 'x')).toBe('@harborpine');
    expect(contactFor({ ...SAMPLE_PROFILE, dmHandle: 'harborpine' }, 'instagram')).toBe('@harborpine');
    expect(contactFor(SAMPLE_PROFILE, 'yelp')).toBe('hello@harborpine.example');
    expect(contactFor({ ...SAMPLE_PROFILE, email: '' }, 'yelp')).toBe('+1 555 0134');
    expect(contactFor({ ...EMPTY_PROFILE, supportUrl: 'https://a.example/help' }, 'yelp')).toBe('https://a.example/help');
    expect(contactFor(EMPTY_PROFILE, 'x')).toBeUndefined();
  });
});

describe('quoteOf', () => {
  it('takes the first sentence without its full stop', () => {
    expect(quoteOf('Great beans! Will come back.')).toBe('Great beans');
  });
  it('cuts a long sentence at a word boundary with an ellipsis', () => {
    const quote = quoteOf('The barista remembered my order from last week and even asked about my dog by name which was lovely');
    expect(quote.endsWith('…')).toBe(true);
    expect([...quote].length).toBeLessThanOrEqual(61);
    expect(quote).toMatch(/^The barista remembered my order from last week and even\b/);
  });
});
