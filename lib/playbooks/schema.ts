import Mustache from 'mustache';
import { z } from 'zod';
import { FlagSchema, ToneSchema, TopicSchema } from '@/lib/classifier/labels';
import { PHRASE_SLOTS, PHRASE_VARIABLES } from './compose/phrases';

/** The situations a playbook answers (the family of an item picks one: lib/playbooks/family.ts). */
export const PLAYBOOK_KINDS = ['troll', 'legal', 'escalation', 'low-star', 'detractor', 'question', 'fan', 'indifferent', 'light'] as const;
export const PlaybookKindSchema = z.enum(PLAYBOOK_KINDS);
export type PlaybookKind = z.infer<typeof PlaybookKindSchema>;

/**
 * Variables a template may use. Anything else is rejected on save/import, so a typo
 * shows up in the editor instead of as a stray marker in a reply.
 */
export const TEMPLATE_VARIABLES = [
  'firstName',
  'author',
  'site',
  'rating',
  'quote',
  'topic',
  'brand',
  'replierName',
  'signature',
  'email',
  'phone',
  'dmHandle',
  'supportUrl',
  'contact',
  /** A slot the user must always write (e.g. the actual answer to a question). */
  'answer',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export const LengthClassSchema = z.enum(['short', 'medium', 'long']);
export type LengthClass = z.infer<typeof LengthClassSchema>;

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use 1–80 lowercase letters, digits or dashes');

/** The variable names a template body uses, or an error message when it is not plain mustache. */
export function templateVariablesOf(body: string): { names: string[] } | { error: string } {
  let tokens: unknown[];
  try {
    tokens = Mustache.parse(body);
  } catch (error) {
    return { error: `not a valid template: ${(error as Error).message}` };
  }
  const names: string[] = [];
  for (const token of tokens) {
    const [type, value] = token as [string, string];
    if (type === 'text') continue;
    // Logic-less on purpose: no sections, partials or comments, only {{name}} and {{{name}}}.
    if (type !== 'name' && type !== '&') return { error: `only {{variable}} tags are allowed (found "${type}${value}")` };
    names.push(value);
  }
  return { names };
}

const templateBodySchema = z
  .string()
  .min(1, 'a template needs some text')
  .max(10_000)
  .superRefine((body, ctx) => {
    const result = templateVariablesOf(body);
    if ('error' in result) {
      ctx.addIssue({ code: 'custom', message: result.error });
      return;
    }
    for (const name of result.names) {
      if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) {
        ctx.addIssue({ code: 'custom', message: `unknown variable {{${name}}}; use one of ${TEMPLATE_VARIABLES.join(', ')}` });
      }
    }
  });

/** One phrase of the user's own wording: plain text with {{name}}, {{points}}, {{brand}}, {{channel}} or {{signature}}. */
export const PhraseTextSchema = z
  .string()
  .trim()
  .min(1, 'a phrase needs some text (or reset it to the default)')
  .max(300, 'keep a phrase under 300 characters')
  .superRefine((text, ctx) => {
    if (/[\u0000-\u0009\u000B-\u001F\u202A-\u202E\u2066-\u2069]/u.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'control or direction characters are not allowed' });
      return;
    }
    const result = templateVariablesOf(text);
    if ('error' in result) {
      ctx.addIssue({ code: 'custom', message: result.error });
      return;
    }
    for (const name of result.names) {
      if (!(PHRASE_VARIABLES as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown variable {{${name}}}; use one of ${PHRASE_VARIABLES.map((v) => `{{${v}}}`).join(', ')}`,
        });
      }
    }
  });

const phraseSlotShape = Object.fromEntries(PHRASE_SLOTS.map((slot) => [slot, PhraseTextSchema.optional()])) as Record<
  (typeof PHRASE_SLOTS)[number],
  z.ZodOptional<typeof PhraseTextSchema>
>;

/** Slots for one register only (formal: review sites and LinkedIn; informal: Instagram, X, YouTube). */
export const PhraseSlotsSchema = z.object(phraseSlotShape).strict();

/**
 * Greeting, thanks, apology, next step and sign-off in one language; absent ones use the
 * built-in wording. `formal` and `informal` hold wording for one register only.
 */
export const PhraseSetSchema = z
  .object({ ...phraseSlotShape, formal: PhraseSlotsSchema.optional(), informal: PhraseSlotsSchema.optional() })
  .strict();

export const PHRASE_LANGUAGES = ['en', 'fr', 'es', 'de', 'it', 'pt'] as const;

/** The playbook's own wording, per reply language. */
export const PlaybookPhrasesSchema = z
  .object(
    Object.fromEntries(PHRASE_LANGUAGES.map((language) => [language, PhraseSetSchema.optional()])) as Record<
      (typeof PHRASE_LANGUAGES)[number],
      z.ZodOptional<typeof PhraseSetSchema>
    >,
  )
  .strict();
export type PlaybookPhrases = z.infer<typeof PlaybookPhrasesSchema>;

/** One reply template. `intent` keeps the three suggestions from saying the same thing. */
export const TemplateSchema = z.object({
  id: idSchema,
  /** What the reply does, e.g. "thank", "apologise+private", "ask-detail", "next-step". */
  intent: z.string().regex(/^[a-z][a-z+-]{0,39}$/, 'use lowercase words joined by - or +'),
  length: LengthClassSchema,
  body: templateBodySchema,
  /** Site ids this template suits best (absent = any site). */
  sites: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).optional(),
  /** Topics and flags this template speaks to, used for ranking. */
  topics: z.array(TopicSchema).optional(),
  flags: z.array(FlagSchema).optional(),
  tones: z.array(ToneSchema).optional(),
});
export type Template = z.infer<typeof TemplateSchema>;

/** A playbook: a checklist for one situation plus the templates for it. */
export const PlaybookSchema = z
  .object({
    id: idSchema,
    kind: PlaybookKindSchema,
    name: z.string().trim().min(1, 'a playbook needs a name').max(100),
    description: z.string().max(1000).default(''),
    steps: z.array(z.string().trim().min(1).max(300)).min(1, 'list at least one step').max(20),
    /** False for situations where the advice is not to reply at all (trolls, hate). */
    engage: z.boolean(),
    /** Shown instead of suggestions when engage is false. */
    noEngageReason: z.string().max(500).optional(),
    templates: z.array(TemplateSchema).max(100),
    /** The user's own wording of the composed replies, per language (absent in playbooks stored before it existed). */
    phrases: PlaybookPhrasesSchema.optional(),
  })
  .superRefine((playbook, ctx) => {
    const seen = new Set<string>();
    playbook.templates.forEach((template, index) => {
      if (seen.has(template.id)) {
        ctx.addIssue({ code: 'custom', path: ['templates', index, 'id'], message: `duplicate template id "${template.id}"` });
      }
      seen.add(template.id);
    });
    if (!playbook.engage && !playbook.noEngageReason) {
      ctx.addIssue({ code: 'custom', path: ['noEngageReason'], message: 'say why not to reply when engage is false' });
    }
  });
export type Playbook = z.infer<typeof PlaybookSchema>;
export type PlaybookInput = z.input<typeof PlaybookSchema>;

/** The stored shape of a playbook row's `data` (templates live in their own table). */
export type PlaybookHeader = Omit<Playbook, 'templates'>;

export const PLAYBOOK_EXPORT_FORMAT = 'replybook-playbooks';

/** The JSON file the editor exports and imports. */
export const PlaybookExportSchema = z
  .object({
    format: z.literal(PLAYBOOK_EXPORT_FORMAT),
    version: z.literal(1),
    exportedAt: z.string().optional(),
    playbooks: z.array(PlaybookSchema).min(1, 'the file holds no playbooks'),
  })
  .superRefine((file, ctx) => {
    const playbookIds = new Set<string>();
    const templateIds = new Set<string>();
    file.playbooks.forEach((playbook, p) => {
      if (playbookIds.has(playbook.id)) {
        ctx.addIssue({ code: 'custom', path: ['playbooks', p, 'id'], message: `duplicate playbook id "${playbook.id}"` });
      }
      playbookIds.add(playbook.id);
      playbook.templates.forEach((template, t) => {
        // Template ids key the templates table, so they must be unique across playbooks.
        if (templateIds.has(template.id) && !playbook.templates.slice(0, t).some((x) => x.id === template.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['playbooks', p, 'templates', t, 'id'],
            message: `template id "${template.id}" is used in another playbook`,
          });
        }
        templateIds.add(template.id);
      });
    });
  });
export type PlaybookExport = z.infer<typeof PlaybookExportSchema>;
