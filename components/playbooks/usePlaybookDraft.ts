import { useEffect, useState } from 'react';
import { describeZodError } from '@/lib/playbooks/io';
import { PlaybookSchema, type Playbook } from '@/lib/playbooks/schema';
import { savePlaybook } from '@/lib/playbooks/store';
import type { ReplybookDB } from '@/lib/storage/db';
import type { z } from 'zod';
import { PHRASE_SLOT_LABELS, type PhraseSlot } from '@/lib/playbooks/compose/phrases';
import { fromDraft, templateLabel, toDraft, type PlaybookDraft, type TemplateDraft } from './draft';

const FIELD_WORDS: Record<string, string> = { body: 'text', intent: 'what it does', length: 'length', sites: 'sites' };

/** A refused save in the editor's own words ("Template 2 (Say thank you), text: …"), not the schema's path. */
function saveProblem(error: z.ZodError, draft: PlaybookDraft): string | undefined {
  const issue = error.issues[0]!;
  const [first, index, field] = issue.path;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  if (first === 'templates' && typeof index === 'number' && draft.templates[index]) {
    const where = typeof field === 'string' ? `, ${FIELD_WORDS[field] ?? field}` : '';
    return `${templateLabel(draft.templates[index]!, index)}${where}: ${issue.message}${more}`;
  }
  if (first === 'phrases' && typeof index === 'string' && typeof field === 'string') {
    return `Your wording (${index}), ${PHRASE_SLOT_LABELS[field as PhraseSlot] ?? field}: ${issue.message}${more}`;
  }
  return undefined;
}

/**
 * The playbook being edited: a form draft of the selected playbook, whether it has unsaved
 * edits, the last error and status line, and save/discard. Stored changes reload the
 * draft unless the user has unsaved edits to it.
 */
export function usePlaybookDraft(db: ReplybookDB, selected: Playbook | undefined) {
  const [draft, setDraft] = useState<PlaybookDraft | undefined>();
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  /** The template a failed save points at, so its fields can be opened. */
  const [failedTemplate, setFailedTemplate] = useState<string | undefined>();

  useEffect(() => {
    if (!selected) {
      setDraft(undefined);
      return;
    }
    if (dirty && draft?.id === selected.id) return;
    setDraft(toDraft(selected));
    setDirty(false);
  }, [selected]);

  const change = (update: (current: PlaybookDraft) => PlaybookDraft) => {
    setDraft((current) => (current ? update(current) : current));
    setDirty(true);
    setStatus('');
  };
  const changeTemplate = (key: string, patch: Partial<TemplateDraft>) =>
    change((current) => ({ ...current, templates: current.templates.map((t) => (t.key === key ? { ...t, ...patch } : t)) }));

  /** Runs a store action, reporting its error or a status line. */
  const run = async (action: () => Promise<unknown>, done: string) => {
    setError('');
    try {
      await action();
      setStatus(done);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  const load = (playbook: Playbook | undefined) => {
    setDirty(false);
    setError('');
    if (playbook) setDraft(toDraft(playbook));
  };

  const save = async () => {
    if (!draft) return;
    const candidate = fromDraft(draft);
    const parsed = PlaybookSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(`Not saved. ${saveProblem(parsed.error, draft) ?? describeZodError(parsed.error, candidate)}`);
      const [first, index] = parsed.error.issues[0]!.path;
      if (first === 'templates' && typeof index === 'number') setFailedTemplate(draft.templates[index]?.key);
      return;
    }
    await run(async () => {
      await savePlaybook(db, parsed.data);
      setDirty(false);
    }, `Saved “${parsed.data.name}”.`);
  };

  return {
    draft,
    dirty,
    error,
    status,
    failedTemplate,
    setStatus,
    setDirty,
    change,
    changeTemplate,
    run,
    load,
    save,
    discard: () => load(selected),
  };
}
