import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FLAGS, TOPICS } from '@/lib/classifier/labels';
import { describeZodError, parsePlaybookImport } from '@/lib/playbooks/io';
import { buildContext, renderTemplate } from '@/lib/playbooks/render';
import { PLAYBOOK_KINDS, PlaybookSchema, TEMPLATE_VARIABLES, type LengthClass, type Playbook, type Template } from '@/lib/playbooks/schema';
import {
  deletePlaybook,
  duplicatePlaybook,
  exportPlaybooks,
  importAll,
  movePlaybook,
  readPlaybooks,
  resetToDefaults,
  savePlaybook,
  type ImportMode,
} from '@/lib/playbooks/store';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { getDb, type ReplybookDB } from '@/lib/storage/db';

export interface PlaybookEditorProps {
  db?: ReplybookDB;
}

/** A template as the form holds it: sites as comma-separated text, plus a stable React key. */
interface TemplateDraft extends Omit<Template, 'sites'> {
  key: string;
  sitesText: string;
}

interface PlaybookDraft extends Omit<Playbook, 'templates' | 'steps'> {
  stepsText: string;
  templates: TemplateDraft[];
}

let draftKeys = 0;
const nextKey = () => `t${(draftKeys += 1)}`;

function toDraft(playbook: Playbook): PlaybookDraft {
  const { templates, steps, ...rest } = playbook;
  return {
    ...rest,
    stepsText: steps.join('\n'),
    templates: templates.map(({ sites, ...template }) => ({ ...template, key: nextKey(), sitesText: (sites ?? []).join(', ') })),
  };
}

function fromDraft(draft: PlaybookDraft): unknown {
  const { stepsText, templates, ...rest } = draft;
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
  };
}

function freeTemplateId(base: string, draft: PlaybookDraft, all: Playbook[]): string {
  const taken = new Set([...draft.templates.map((t) => t.id), ...all.flatMap((p) => p.templates.map((t) => t.id))]);
  for (let n = 1; ; n += 1) {
    const id = `${base}-${n}`.slice(0, 80);
    if (!taken.has(id)) return id;
  }
}

function move<T>(list: T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}

/** Offers text as a file download (no network; a blob URL revoked right after). */
function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

const PREVIEW_ITEM = { id: 'preview', site: 'google-maps', author: 'Jane Doe', text: 'The latte was lovely but the wait was long.', rating: 3 };

interface ImportPreview {
  fileName: string;
  text: string;
  playbooks: Playbook[];
}

/**
 * Lists, edits, reorders, duplicates and deletes playbooks and their templates; resets
 * to the defaults; imports and exports them as JSON. Reads live from Dexie.
 */
export function PlaybookEditor({ db: givenDb }: PlaybookEditorProps) {
  const db = givenDb ?? getDb();
  const stored = useLiveQuery(() => readPlaybooks(db), [db]);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [draft, setDraft] = useState<PlaybookDraft | undefined>();
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<string | undefined>();
  const [importPreview, setImportPreview] = useState<ImportPreview | undefined>();
  const [importError, setImportError] = useState('');
  /** One template's fields are open at a time; the rest show as a one-line summary. */
  const [openTemplate, setOpenTemplate] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);

  const playbooks = stored?.playbooks ?? [];
  const selected = playbooks.find((p) => p.id === selectedId) ?? playbooks[0];

  // Load the selected playbook into the form, unless the user has unsaved edits to it.
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

  const run = async (action: () => Promise<unknown>, done: string) => {
    setError('');
    try {
      await action();
      setStatus(done);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  const select = (id: string) => {
    setSelectedId(id);
    setDirty(false);
    setError('');
    setConfirmDelete(undefined);
    const playbook = playbooks.find((p) => p.id === id);
    if (playbook) setDraft(toDraft(playbook));
  };

  const save = async () => {
    if (!draft) return;
    const candidate = fromDraft(draft);
    const parsed = PlaybookSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(`Not saved. ${describeZodError(parsed.error, candidate)}`);
      const [first, index] = parsed.error.issues[0]!.path;
      if (first === 'templates' && typeof index === 'number') setOpenTemplate(draft.templates[index]?.key);
      return;
    }
    await run(async () => {
      await savePlaybook(db, parsed.data);
      setDirty(false);
    }, `Saved “${parsed.data.name}”.`);
  };

  const onFile = async (file: File | undefined) => {
    setImportError('');
    setImportPreview(undefined);
    if (!file) return;
    const text = await file.text();
    const parsed = parsePlaybookImport(text);
    if (!parsed.ok) {
      setImportError(`${file.name} was not imported, nothing changed. ${parsed.error}`);
      return;
    }
    setImportPreview({ fileName: file.name, text, playbooks: parsed.data });
  };

  const confirmImport = async (mode: ImportMode) => {
    if (!importPreview) return;
    const result = await importAll(db, importPreview.text, mode);
    if (!result.ok) {
      setImportError(`${importPreview.fileName} was not imported, nothing changed. ${result.error}`);
      return;
    }
    setImportPreview(undefined);
    setDirty(false);
    if (fileInput.current) fileInput.current.value = '';
    setStatus(`Imported ${result.count} playbook${result.count === 1 ? '' : 's'} from ${importPreview.fileName}.`);
  };

  const exportAll = async () => {
    const text = await exportPlaybooks(db);
    downloadText(`replybook-playbooks-${new Date().toISOString().slice(0, 10)}.json`, text);
    setStatus('Exported playbooks as JSON.');
  };

  const previewContext = useMemo(
    () => buildContext({ item: PREVIEW_ITEM, labels: { topics: ['service'] }, profile: SAMPLE_PROFILE }),
    [],
  );

  if (!stored) return <p role="status">Loading playbooks…</p>;

  return (
    <div className="rb-playbook-editor">
      <section aria-labelledby="rb-pb-list-title" className="rb-pb-list">
        <h2 id="rb-pb-list-title">Playbooks</h2>
        {stored.isDefault && <p className="rb-hint">These are the built-in playbooks. Your first change saves your own copy.</p>}
        {stored.invalid.length > 0 && (
          <div role="alert" className="rb-error">
            {stored.invalid.length} stored playbook{stored.invalid.length === 1 ? '' : 's'} could not be read and {stored.invalid.length === 1 ? 'is' : 'are'} hidden (kept in the database):
            <ul>
              {stored.invalid.map((bad) => (
                <li key={bad.id}>
                  {bad.id}: {bad.error}
                </li>
              ))}
            </ul>
          </div>
        )}
        <ol>
          {playbooks.map((playbook, index) => (
            <li key={playbook.id} aria-current={playbook.id === selected?.id ? 'true' : undefined}>
              <button type="button" onClick={() => select(playbook.id)}>
                {playbook.name}
              </button>{' '}
              <span className="rb-hint">
                ({playbook.kind}, {playbook.templates.length} templates)
              </span>{' '}
              <button
                type="button"
                aria-label={`Move ${playbook.name} up`}
                disabled={index === 0}
                onClick={() => void run(() => movePlaybook(db, playbook.id, -1), `Moved “${playbook.name}” up.`)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${playbook.name} down`}
                disabled={index === playbooks.length - 1}
                onClick={() => void run(() => movePlaybook(db, playbook.id, 1), `Moved “${playbook.name}” down.`)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Duplicate ${playbook.name}`}
                onClick={() =>
                  void run(async () => {
                    const copy = await duplicatePlaybook(db, playbook.id);
                    setSelectedId(copy.id);
                  }, `Duplicated “${playbook.name}”.`)
                }
              >
                Duplicate
              </button>
              {confirmDelete === playbook.id ? (
                <>
                  <button
                    type="button"
                    onClick={() =>
                      void run(async () => {
                        await deletePlaybook(db, playbook.id);
                        setConfirmDelete(undefined);
                        setSelectedId(undefined);
                      }, `Deleted “${playbook.name}”.`)
                    }
                  >
                    Yes, delete {playbook.name}
                  </button>
                  <button type="button" onClick={() => setConfirmDelete(undefined)}>
                    Keep it
                  </button>
                </>
              ) : (
                <button type="button" aria-label={`Delete ${playbook.name}`} onClick={() => setConfirmDelete(playbook.id)}>
                  Delete
                </button>
              )}
            </li>
          ))}
        </ol>
        <p className="rb-hint">When two playbooks cover the same situation, the higher one is used.</p>

        <div className="rb-pb-actions">
          <button type="button" onClick={() => void exportAll()}>
            Export JSON
          </button>
          <label htmlFor="rb-pb-import">Import JSON</label>
          <input
            id="rb-pb-import"
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          {confirmReset ? (
            <>
              <span>Replace all playbooks with the built-in ones? Your edits will be lost.</span>
              <button
                type="button"
                onClick={() =>
                  void run(async () => {
                    await resetToDefaults(db);
                    setConfirmReset(false);
                    setSelectedId(undefined);
                    setDirty(false);
                  }, 'Playbooks reset to the built-in ones.')
                }
              >
                Yes, reset
              </button>
              <button type="button" onClick={() => setConfirmReset(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmReset(true)}>
              Reset to defaults
            </button>
          )}
        </div>
        {importError && (
          <p role="alert" className="rb-error">
            {importError}
          </p>
        )}
        {importPreview && (
          <section aria-label="Import preview" className="rb-pb-import-preview">
            <p>
              {importPreview.fileName}: {importPreview.playbooks.length} playbook{importPreview.playbooks.length === 1 ? '' : 's'},{' '}
              {importPreview.playbooks.reduce((sum, p) => sum + p.templates.length, 0)} templates.
            </p>
            <ul>
              {importPreview.playbooks.map((playbook) => (
                <li key={playbook.id}>
                  {playbook.name} ({playbook.kind}, {playbook.templates.length} templates)
                  {playbooks.some((p) => p.id === playbook.id) ? ' — replaces yours' : ' — new'}
                </li>
              ))}
            </ul>
            <button type="button" onClick={() => void confirmImport('merge')}>
              Add and update
            </button>
            <button type="button" onClick={() => void confirmImport('replace')}>
              Replace all
            </button>
            <button type="button" onClick={() => setImportPreview(undefined)}>
              Cancel import
            </button>
          </section>
        )}
        <p role="status" aria-live="polite">
          {status}
        </p>
      </section>

      {draft && (
        <section aria-labelledby="rb-pb-edit-title" className="rb-pb-edit">
          <h2 id="rb-pb-edit-title">Edit “{draft.name || draft.id}”</h2>
          <div className="rb-field">
            <label htmlFor="rb-pb-name">Name</label>
            <input id="rb-pb-name" value={draft.name} onChange={(e) => change((d) => ({ ...d, name: e.target.value }))} />
          </div>
          <div className="rb-field">
            <label htmlFor="rb-pb-kind">Situation</label>
            <select
              id="rb-pb-kind"
              value={draft.kind}
              onChange={(e) => change((d) => ({ ...d, kind: e.target.value as Playbook['kind'] }))}
            >
              {PLAYBOOK_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
          </div>
          <div className="rb-field">
            <label htmlFor="rb-pb-description">Description</label>
            <input
              id="rb-pb-description"
              value={draft.description}
              onChange={(e) => change((d) => ({ ...d, description: e.target.value }))}
            />
          </div>
          <div className="rb-field">
            <label htmlFor="rb-pb-steps">Checklist (one step per line)</label>
            <textarea
              id="rb-pb-steps"
              rows={Math.max(3, draft.stepsText.split('\n').length)}
              value={draft.stepsText}
              onChange={(e) => change((d) => ({ ...d, stepsText: e.target.value }))}
            />
          </div>
          <div className="rb-check">
            <input
              id="rb-pb-engage"
              type="checkbox"
              checked={draft.engage}
              onChange={(e) => change((d) => ({ ...d, engage: e.target.checked }))}
            />
            <label htmlFor="rb-pb-engage">Suggest replies (untick for “do not engage” situations)</label>
          </div>
          {!draft.engage && (
            <div className="rb-field">
              <label htmlFor="rb-pb-reason">Why not to reply</label>
              <textarea
                id="rb-pb-reason"
                value={draft.noEngageReason ?? ''}
                onChange={(e) => change((d) => ({ ...d, noEngageReason: e.target.value }))}
              />
            </div>
          )}

          <h3>Templates</h3>
          <p className="rb-hint">Variables: {TEMPLATE_VARIABLES.map((name) => `{{${name}}}`).join(' ')}</p>
          <ol className="rb-pb-templates">
            {draft.templates.map((template, index) => {
              const prefix = `rb-tpl-${template.key}`;
              const preview = renderTemplate(template.body, previewContext);
              const label = template.id || `template ${index + 1}`;
              return (
                <li key={template.key}>
                  <fieldset>
                    <legend>{label}</legend>
                    {openTemplate === template.key ? (
                      <>
                    <div className="rb-field">
                      <label htmlFor={`${prefix}-id`}>Id</label>
                      <input id={`${prefix}-id`} value={template.id} onChange={(e) => changeTemplate(template.key, { id: e.target.value })} />
                    </div>
                    <div className="rb-field">
                      <label htmlFor={`${prefix}-intent`}>Intent</label>
                      <input
                        id={`${prefix}-intent`}
                        value={template.intent}
                        onChange={(e) => changeTemplate(template.key, { intent: e.target.value })}
                      />
                    </div>
                    <div className="rb-field">
                      <label htmlFor={`${prefix}-length`}>Length</label>
                      <select
                        id={`${prefix}-length`}
                        value={template.length}
                        onChange={(e) => changeTemplate(template.key, { length: e.target.value as LengthClass })}
                      >
                        <option value="short">short</option>
                        <option value="medium">medium</option>
                        <option value="long">long</option>
                      </select>
                    </div>
                    <div className="rb-field">
                      <label htmlFor={`${prefix}-sites`}>Best on sites (comma-separated ids, empty for all)</label>
                      <input
                        id={`${prefix}-sites`}
                        value={template.sitesText}
                        onChange={(e) => changeTemplate(template.key, { sitesText: e.target.value })}
                      />
                    </div>
                    <div className="rb-field">
                      <label htmlFor={`${prefix}-topics`}>Topics</label>
                      <select
                        id={`${prefix}-topics`}
                        multiple
                        value={template.topics ?? []}
                        onChange={(e) => {
                          const topics = [...e.target.selectedOptions].map((o) => o.value) as Template['topics'];
                          changeTemplate(template.key, { topics: topics?.length ? topics : undefined });
                        }}
                      >
                        {TOPICS.map((topic) => (
                          <option key={topic} value={topic}>
                            {topic}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="rb-field">
                      <label htmlFor={`${prefix}-flags`}>Flags</label>
                      <select
                        id={`${prefix}-flags`}
                        multiple
                        value={template.flags ?? []}
                        onChange={(e) => {
                          const flags = [...e.target.selectedOptions].map((o) => o.value) as Template['flags'];
                          changeTemplate(template.key, { flags: flags?.length ? flags : undefined });
                        }}
                      >
                        {FLAGS.map((flag) => (
                          <option key={flag} value={flag}>
                            {flag}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="rb-field">
                      <label htmlFor={`${prefix}-body`}>Text of {label}</label>
                      <textarea
                        id={`${prefix}-body`}
                        rows={4}
                        value={template.body}
                        onChange={(e) => changeTemplate(template.key, { body: e.target.value })}
                      />
                    </div>
                      </>
                    ) : (
                      <p className="rb-hint">
                        {template.intent} · {template.length}
                        {template.sitesText ? ` · ${template.sitesText}` : ''}
                      </p>
                    )}
                    <p className="rb-hint" aria-label={`Preview of ${label}`}>
                      {preview.text}
                    </p>
                    <button
                      type="button"
                      aria-expanded={openTemplate === template.key}
                      aria-label={`${openTemplate === template.key ? 'Close' : 'Edit'} ${label}`}
                      onClick={() => setOpenTemplate(openTemplate === template.key ? undefined : template.key)}
                    >
                      {openTemplate === template.key ? 'Close' : 'Edit'}
                    </button>
                    <button
                      type="button"
                      aria-label={`Move ${label} up`}
                      disabled={index === 0}
                      onClick={() => change((d) => ({ ...d, templates: move(d.templates, index, -1) }))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={`Move ${label} down`}
                      disabled={index === draft.templates.length - 1}
                      onClick={() => change((d) => ({ ...d, templates: move(d.templates, index, 1) }))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label={`Duplicate ${label}`}
                      onClick={() =>
                        change((d) => {
                          const copy = { ...template, key: nextKey(), id: freeTemplateId(`${template.id || 'template'}-copy`, d, playbooks) };
                          const templates = [...d.templates];
                          templates.splice(index + 1, 0, copy);
                          return { ...d, templates };
                        })
                      }
                    >
                      Duplicate
                    </button>
                    <button
                      type="button"
                      aria-label={`Delete ${label}`}
                      onClick={() => change((d) => ({ ...d, templates: d.templates.filter((t) => t.key !== template.key) }))}
                    >
                      Delete
                    </button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            onClick={() => {
              const key = nextKey();
              change((d) => ({
                ...d,
                templates: [
                  ...d.templates,
                  { key, id: freeTemplateId(`${d.id}-new`, d, playbooks), intent: 'thank', length: 'short', body: '', sitesText: '' },
                ],
              }));
              setOpenTemplate(key);
            }}
          >
            Add template
          </button>

          <div className="rb-pb-save">
            <button type="button" onClick={() => void save()} disabled={!dirty}>
              Save playbook
            </button>
            <button
              type="button"
              disabled={!dirty}
              onClick={() => {
                if (selected) setDraft(toDraft(selected));
                setDirty(false);
                setError('');
              }}
            >
              Discard changes
            </button>
          </div>
          {error && (
            <p role="alert" className="rb-error">
              {error}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
