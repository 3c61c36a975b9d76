import { useEffect, useState } from 'react';
import { describeZodError } from '@/lib/playbooks/io';
import { PlaybookSchema, type Playbook } from '@/lib/playbooks/schema';
import { savePlaybook } from '@/lib/playbooks/store';
import type { ReplybookDB } from '@/lib/storage/db';
import { fromDraft, toDraft, type PlaybookDraft, type TemplateDraft } from './draft';

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
      setError(`Not saved. ${describeZodError(parsed.error, candidate)}`);
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
