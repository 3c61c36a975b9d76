import { z } from 'zod';
import { TEMPLATE_VARIABLES, templateVariablesOf } from '@/lib/playbooks/schema';

/** A shortcut's name: `;` then one word (letters, digits, - or _), such as `;thanks`. */
export const SHORTCUT_NAME = /^;[\p{L}\p{N}_-]{1,30}$/u;

export const ShortcutSchema = z.object({
  name: z.string().trim().regex(SHORTCUT_NAME, 'start with ; and use one word, such as ;thanks'),
  phrase: z
    .string()
    .trim()
    .min(1, 'a shortcut needs a phrase')
    .max(2000, 'keep a phrase under 2000 characters')
    .superRefine((phrase, ctx) => {
      const parsed = templateVariablesOf(phrase);
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return;
      }
      const unknown = parsed.names.find((name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name));
      if (unknown)
        ctx.addIssue({ code: 'custom', message: `unknown variable {{${unknown}}}; use one of ${TEMPLATE_VARIABLES.join(', ')}` });
    }),
});
export type Shortcut = z.infer<typeof ShortcutSchema>;

/** The user's shortcuts; each name once. */
export const ShortcutsSchema = z
  .array(ShortcutSchema)
  .max(100, 'at most 100 shortcuts')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((shortcut, index) => {
      if (seen.has(shortcut.name))
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `${shortcut.name} is already a shortcut` });
      seen.add(shortcut.name);
    });
  });
