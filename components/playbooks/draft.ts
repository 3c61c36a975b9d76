import type { Playbook, Template } from '@/lib/playbooks/schema';
import { intentLabel } from '@/lib/playbooks/template-options';

/** A template as the form holds it: sites as comma-separated text, plus a stable React key. */
export interface TemplateDraft extends Omit<Template, 'sites'> {
  key: string;
  sitesText: string;
}

/** A playbook as the form holds it: steps as one text, templates as drafts. */
export interface PlaybookDraft extends Omit<Playbook, 'templates' | 'steps'> {
  stepsText: string;
  templates: TemplateDraft[];
}

let draftKeys = 0;
export const nextKey = () => `t${(draftKeys += 1)}`;

export function toDraft(playbook: Playbook): PlaybookDraft {
  const { templates, steps, ...rest } = playbook;
  return {
    ...rest,
    stepsText: steps.join('\n'),
    templates: templates.map(({ sites, ...template }) => ({ ...template, key: nextKey(), sitesText: (sites ?? []).join(', ') })),
  };
}

/** The draft as a playbook candidate for the schema (empty wording per language is dropped). */
export function fromDraft(draft: PlaybookDraft): unknown {
  const { stepsText, templates, phrases, ...rest } = draft;
  const languages = Object.entries(phrases ?? {}).filter(([, set]) => set && Object.keys(set).length > 0);
  return {
    ...rest,
    noEngageReason: rest.noEngageReason?.trim() ? rest.noEngageReason : undefined,
    steps: stepsText
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    templates: templates.map(({ key: _key, sitesText, ...template }) => {
      const sites = sitesText
        .split(',')
        .map((site) => site.trim())
        .filter(Boolean);
      return { ...template, sites: sites.length > 0 ? sites : undefined };
    }),
    ...(languages.length > 0 ? { phrases: Object.fromEntries(languages) } : {}),
  };
}

export function freeTemplateId(base: string, draft: PlaybookDraft, all: Playbook[]): string {
  const taken = new Set([...draft.templates.map((t) => t.id), ...all.flatMap((p) => p.templates.map((t) => t.id))]);
  for (let n = 1; ; n += 1) {
    const id = `${base}-${n}`.slice(0, 80);
    if (!taken.has(id)) return id;
  }
}

/** "Template 2 (Apologise and move to a private chat)": how a template is named to the user. */
export function templateLabel(template: Pick<TemplateDraft, 'intent'>, index: number): string {
  return `Template ${index + 1} (${intentLabel(template.intent)})`;
}

/** A template id no one types: the playbook's id and the intent, numbered until free. */
export function newTemplateId(intent: string, draft: PlaybookDraft, playbooks: Playbook[]): string {
  return freeTemplateId(`${draft.id}-${intent.replace(/[^a-z0-9]+/gu, '-')}`.slice(0, 70), draft, playbooks);
}

/** Offers text as a file download (no network; a blob URL revoked right after). */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
