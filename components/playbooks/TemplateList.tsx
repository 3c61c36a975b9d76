import { useEffect, useMemo, useState } from 'react';
import { FLAGS, TOPICS } from '@/lib/classifier/labels';
import { buildContext, renderTemplate } from '@/lib/playbooks/render';
import { TEMPLATE_VARIABLES, type LengthClass, type Playbook, type Template } from '@/lib/playbooks/schema';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { freeTemplateId, move, nextKey, type PlaybookDraft, type TemplateDraft } from './draft';

const PREVIEW_ITEM = {
  id: 'preview',
  site: 'google-maps',
  author: 'Jane Doe',
  text: 'The latte was lovely but the wait was long.',
  rating: 3,
};

export interface TemplateListProps {
  draft: PlaybookDraft;
  playbooks: Playbook[];
  change: (update: (current: PlaybookDraft) => PlaybookDraft) => void;
  changeTemplate: (key: string, patch: Partial<TemplateDraft>) => void;
  /** A template a failed save points at: its fields open. */
  failedTemplate?: string;
}

/**
 * The playbook's own templates, each previewed on a sample review; one template's fields
 * are open at a time, the rest show as a one-line summary.
 */
export function TemplateList({ draft, playbooks, change, changeTemplate, failedTemplate }: TemplateListProps) {
  const [openTemplate, setOpenTemplate] = useState<string | undefined>();
  useEffect(() => {
    if (failedTemplate) setOpenTemplate(failedTemplate);
  }, [failedTemplate]);
  const previewContext = useMemo(() => buildContext({ item: PREVIEW_ITEM, labels: { topics: ['service'] }, profile: SAMPLE_PROFILE }), []);
  return (
    <>
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
                      <input
                        id={`${prefix}-id`}
                        value={template.id}
                        onChange={(e) => changeTemplate(template.key, { id: e.target.value })}
                      />
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
    </>
  );
}
