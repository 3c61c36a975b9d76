// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import { ProfileSchema, type Profile } from '@/lib/settings/schema';
import { ReplybookDB, type PlaybookRow, type TemplateRow } from '@/lib/storage/db';
import { defaultPhrases, fillPhrase, phrasesForRegister, registerOf, slotsFor } from './compose/phrases';
import { DEFAULT_PLAYBOOKS } from './defaults';
import { parsePlaybookImport, serializePlaybooks } from './io';
import { PlaybookSchema, type Playbook } from './schema';
import { importAll, readPlaybooks, savePlaybook } from './store';
import { suggestReplies } from './suggest';
import storedBeforePhrases from './fixtures/stored-playbooks-before-phrases.json';

const PROFILE: Profile = ProfileSchema.parse({
  brand: 'Corner Bakery',
  replierName: 'Mia Stone',
  signature: 'Mia, Corner Bakery',
  email: 'hello@corner.example',
  business: { kind: 'cafe', noun: 'visit' },
  languages: ['en', 'fr'],
});

function suggest(text: string, playbooks?: Playbook[], author = 'Tom Reed') {
  const reading = readItem({ text, author, rating: 1 }, { classify });
  return suggestReplies({ item: { id: 'p1', site: 'google-maps', text, author, rating: 1 }, labels: reading, profile: PROFILE, playbooks });
}

const complaintPlaybooks = (phrases: Playbook['phrases']): Playbook[] =>
  DEFAULT_PLAYBOOKS.map((p) => (p.kind === 'low-star' ? PlaybookSchema.parse({ ...structuredClone(p), phrases }) : p));

describe('phrase defaults', () => {
  it('come from the code banks, with their variables showing, for every family and language', () => {
    for (const language of ['en', 'fr', 'es', 'de', 'it', 'pt'] as const) {
      const complaint = defaultPhrases(language, 'complaint');
      expect(complaint.apology).toContain('{{points}}');
      expect(complaint.nextStep).toContain('{{channel}}');
      expect(complaint.greeting).toContain('{{name}}');
      expect(complaint.signOff).toBe('{{signature}}');
      expect(defaultPhrases(language, 'fan').thanks).toBeTruthy();
    }
    expect(defaultPhrases('en', 'complaint').apology).toBe("I'm really sorry about {{points}}.");
    expect(slotsFor('ignore')).toEqual([]);
  });

  it('fill their variables, drop a missing name from a greeting, and give way when a value is missing', () => {
    const values = { points: 'the cold soup', brand: 'B', channel: 'a@b.example', signature: 'Mia' };
    expect(fillPhrase('Hi {{name}},', values, 'greeting')).toBe('Hi,');
    expect(fillPhrase('Hola, {{name}}:', { ...values, name: 'Ana' }, 'greeting')).toBe('Hola, Ana:');
    expect(fillPhrase('So sorry about {{points}}.', values, 'apology')).toBe('So sorry about the cold soup.');
    expect(fillPhrase('So sorry about {{points}}.', { ...values, points: '' }, 'apology')).toBeUndefined();
  });
});

describe('the user’s own wording in suggestions', () => {
  it('uses the greeting, apology, next step and sign-off of the reply language', () => {
    const playbooks = complaintPlaybooks({
      en: {
        greeting: 'Hello {{name}}!',
        apology: 'Oh no, {{points}} is not what we stand for.',
        nextStep: 'Drop us a line at {{channel}} and we will fix it.',
        signOff: 'Warmly, {{signature}}',
      },
    });
    const result = suggest('The soup was cold and the bread was stale.', playbooks);
    const [first, second] = result.suggestions.map((s) => s.text);
    expect(first).toMatch(/^Hello Tom!/u);
    expect(first).toMatch(/Oh no, the (?:soup|bread|cold soup|stale bread).* is not what we stand for\./u);
    expect(first).toContain('Drop us a line at hello@corner.example and we will fix it.');
    expect(first).toMatch(/Warmly, Mia, Corner Bakery$/u);
    // Greeting and sign-off in every suggestion; the opening only in the first.
    expect(second).toMatch(/^Hello Tom!/u);
    expect(second).not.toContain('is not what we stand for');
  });

  it('keeps the built-in wording in languages the user did not edit', () => {
    const playbooks = complaintPlaybooks({ en: { apology: 'Oh no, {{points}} is not what we stand for.' } });
    const result = suggest('La soupe était froide et le pain rassis.', playbooks);
    expect(result.language).toBe('fr');
    expect(result.suggestions[0]!.text).not.toContain('stand for');
  });
});

describe('stored playbooks from before phrases existed', () => {
  let db: ReplybookDB;
  beforeEach(async () => {
    db = new ReplybookDB(`phrases-migration-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('read as valid playbooks, keep the user’s template working, and take phrases on the next save', async () => {
    const stored = structuredClone(storedBeforePhrases) as unknown as { playbooks: PlaybookRow[]; templates: TemplateRow[] };
    await db.playbooks.bulkPut(stored.playbooks);
    await db.templates.bulkPut(stored.templates);

    const { playbooks, invalid } = await readPlaybooks(db);
    expect(invalid).toEqual([]);
    const fan = playbooks.find((p) => p.id === 'fan')!;
    expect(fan.phrases).toBeUndefined();
    expect(fan.templates.map((t) => t.id)).toContain('fan-my-own');

    // The user's own template still comes after the composed replies.
    const reading = readItem({ text: 'Loved the cinnamon buns, best in town!', author: 'Ann Lee' }, { classify });
    const result = suggestReplies({
      item: { id: 'f1', site: 'facebook', text: 'Loved the cinnamon buns, best in town!', author: 'Ann Lee' },
      labels: reading,
      profile: PROFILE,
      playbooks,
    });
    expect(result.suggestions.map((s) => s.text)).toContain('Thanks so much Ann, see you soon at Corner Bakery!');

    await savePlaybook(db, { ...fan, phrases: { en: { thanks: 'You made our day!' } } });
    const again = (await readPlaybooks(db)).playbooks.find((p) => p.id === 'fan')!;
    expect(again.phrases).toEqual({ en: { thanks: 'You made our day!' } });
    expect(again.templates).toEqual(fan.templates);
  });

  it('import and export carry phrases, and one bad phrase rejects the whole file', async () => {
    const fan = PlaybookSchema.parse({
      ...structuredClone(DEFAULT_PLAYBOOKS.find((p) => p.kind === 'fan')!),
      phrases: { fr: { thanks: 'Merci mille fois !' } },
    });
    const file = serializePlaybooks([fan]);
    expect(parsePlaybookImport(file)).toMatchObject({ ok: true, data: [{ phrases: { fr: { thanks: 'Merci mille fois !' } } }] });

    const bad = JSON.parse(file);
    bad.playbooks[0].phrases.fr.nextStep = 'Écrivez à {{emial}}';
    const result = await importAll(db, JSON.stringify(bad), 'replace');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/phrases\.fr\.nextStep.*unknown variable \{\{emial\}\}/u);
    expect(await db.playbooks.count()).toBe(0);
  });
});

describe('the user’s wording per register', () => {
  it('tells the informal from the formal "you" in each language', () => {
    expect(registerOf('Merci à toi {{name}} !', 'fr')).toBe('informal');
    expect(registerOf('Merci pour votre avis, {{name}}.', 'fr')).toBe('formal');
    expect(registerOf('Danke dir, {{name}}!', 'de')).toBe('informal');
    expect(registerOf('Vielen Dank für Ihre Worte.', 'de')).toBe('formal');
    expect(registerOf('¡Gracias a ti!', 'es')).toBe('informal');
    expect(registerOf('Gracias a usted.', 'es')).toBe('formal');
    expect(registerOf('Grazie per la tua recensione!', 'it')).toBe('informal');
    expect(registerOf('La ringraziamo per la Sua recensione.', 'it')).toBe('formal');
    expect(registerOf('Obrigado pela tua mensagem!', 'pt')).toBe('informal');
    expect(registerOf('Muito obrigado, {{name}}!', 'pt')).toBeUndefined();
    expect(registerOf('Thanks so much!', 'en')).toBeUndefined();
  });

  it('uses a register’s own wording first, then shared wording that does not say the other register', () => {
    const set = { greeting: 'Salut {{name}} !', thanks: 'Merci !', formal: { greeting: 'Bonjour {{name}},' } };
    expect(phrasesForRegister(set, 'fr', true)).toEqual({ greeting: 'Bonjour {{name}},', thanks: 'Merci !' });
    expect(phrasesForRegister(set, 'fr', false)).toEqual({ greeting: 'Salut {{name}} !', thanks: 'Merci !' });
    // A shared "tu" phrase is not used on a review site: the built-in formal wording stands in.
    expect(phrasesForRegister({ thanks: 'Merci à toi !' }, 'fr', true)).toBeUndefined();
  });

  it('puts the register’s wording into suggestions on a review site and on Instagram', () => {
    const fan = DEFAULT_PLAYBOOKS.map((p) =>
      p.kind === 'fan'
        ? PlaybookSchema.parse({
            ...structuredClone(p),
            phrases: {
              de: { formal: { thanks: 'Herzlichen Dank für Ihre Worte!' }, informal: { thanks: 'Danke dir, das freut uns riesig!' } },
            },
          })
        : p,
    );
    const profile = ProfileSchema.parse({ ...PROFILE, languages: ['de', 'en'] });
    const text = 'Der Apfelstrudel war wunderbar, danke!';
    const reading = readItem({ text, author: 'Lena Hoff', rating: 5 }, { classify });
    const on = (site: string) =>
      suggestReplies({ item: { id: 'r1', site, text, author: 'Lena Hoff', rating: 5 }, labels: reading, profile, playbooks: fan })
        .suggestions[0]!.text;
    expect(on('google-maps')).toContain('Herzlichen Dank für Ihre Worte!');
    expect(on('instagram')).toContain('Danke dir, das freut uns riesig!');
  });

  it('validates register wording like the rest, all or nothing', () => {
    expect(PlaybookSchema.safeParse({ ...DEFAULT_PLAYBOOKS[0], phrases: { fr: { informal: { thanks: 'Merci {{nom}}' } } } }).success).toBe(
      false,
    );
    expect(PlaybookSchema.safeParse({ ...DEFAULT_PLAYBOOKS[0], phrases: { fr: { casual: { thanks: 'Merci' } } } }).success).toBe(false);
  });
});
