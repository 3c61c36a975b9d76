import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { FLAGS, TOPICS } from '@/lib/classifier/labels';
import { FLAG_WORDS } from '@/lib/display/flags';
import { renderTemplate, type RenderContext } from '@/lib/playbooks/render';
import type { TEMPLATE_VARIABLES, LengthClass, Template } from '@/lib/playbooks/schema';
import { INTENT_OPTIONS, LENGTH_LABELS, TEMPLATE_VARIABLE_LABELS } from '@/lib/playbooks/template-options';
import { DEFAULT_SITE_OPTIONS } from '@/components/settings/sites';
import type { TemplateDraft } from './draft';
import { VariableTextField } from './VariableTextField';

const TOPIC_WORDS: Record<(typeof TOPICS)[number], string> = {
  product: 'the product',
  price: 'prices',
  service: 'the service',
  delivery: 'delivery',
  staff: 'the staff',
  corporate: 'the company',
};

export interface TemplateCardProps {
  template: TemplateDraft;
  index: number;
  count: number;
  label: string;
  open: boolean;
  previewContext: RenderContext;
  onToggle(): void;
  onChange(patch: Partial<TemplateDraft>): void;
  onMove(delta: -1 | 1): void;
  onDuplicate(): void;
  onDelete(): void;
}

/** Ticks for a list of values: what multi-selects were, in a form a user can read and click. */
function CheckGroup<T extends string>({
  legend,
  values,
  chosen,
  words,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  chosen: readonly T[];
  words: (value: T) => string;
  onChange(next: T[]): void;
}) {
  return (
    <fieldset className="rb-check-group">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="rb-check">
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, value] : chosen.filter((v) => v !== value))}
          />{' '}
          {words(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** One template: a drag handle, its preview, and its fields when open. */
export function TemplateCard(props: TemplateCardProps) {
  const { template, index, count, label, open, previewContext, onToggle, onChange, onMove, onDuplicate, onDelete } = props;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: template.key });
  const prefix = `rb-tpl-${template.key}`;
  const preview = renderTemplate(template.body, previewContext);
  const sites = template.sitesText
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const knownIntent = INTENT_OPTIONS.some((o) => o.value === template.intent);

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={isDragging ? 'rb-pb-template dragging' : 'rb-pb-template'}
    >
      <fieldset>
        <legend>{label}</legend>
        <div className="rb-pb-template-bar">
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="rb-drag-handle"
            {...attributes}
            {...listeners}
            aria-label={`Drag ${label}`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <button type="button" aria-expanded={open} aria-label={`${open ? 'Close' : 'Edit'} ${label}`} onClick={onToggle}>
            {open ? 'Close' : 'Edit'}
          </button>
          <button type="button" aria-label={`Move up ${label}`} disabled={index === 0} onClick={() => onMove(-1)}>
            Move up
          </button>
          <button type="button" aria-label={`Move down ${label}`} disabled={index === count - 1} onClick={() => onMove(1)}>
            Move down
          </button>
          <button type="button" aria-label={`Duplicate ${label}`} onClick={onDuplicate}>
            Duplicate
          </button>
          <button type="button" aria-label={`Delete ${label}`} onClick={onDelete}>
            Delete
          </button>
        </div>
        {open ? (
          <>
            <VariableTextField
              id={`${prefix}-body`}
              label={`Text of ${label}`}
              value={template.body}
              rows={4}
              variables={TEMPLATE_VARIABLE_LABELS}
              otherProblem={template.body.trim() ? undefined : 'A template needs some text.'}
              onChange={(body) => onChange({ body })}
            />
            <div className="rb-field">
              <label htmlFor={`${prefix}-intent`}>What this reply does</label>
              <select id={`${prefix}-intent`} value={template.intent} onChange={(e) => onChange({ intent: e.target.value })}>
                {!knownIntent && <option value={template.intent}>{template.intent}</option>}
                {INTENT_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="rb-field">
              <label htmlFor={`${prefix}-length`}>Length</label>
              <select id={`${prefix}-length`} value={template.length} onChange={(e) => onChange({ length: e.target.value as LengthClass })}>
                {(Object.keys(LENGTH_LABELS) as LengthClass[]).map((length) => (
                  <option key={length} value={length}>
                    {LENGTH_LABELS[length]}
                  </option>
                ))}
              </select>
            </div>
            <CheckGroup
              legend="Best on (none ticked: every site)"
              values={DEFAULT_SITE_OPTIONS.map((s) => s.id)}
              chosen={sites}
              words={(id) => DEFAULT_SITE_OPTIONS.find((s) => s.id === id)?.name ?? id}
              onChange={(next) => onChange({ sitesText: next.join(', ') })}
            />
            <CheckGroup
              legend="Suits reviews about"
              values={TOPICS}
              chosen={template.topics ?? []}
              words={(topic) => TOPIC_WORDS[topic]}
              onChange={(next) => onChange({ topics: next.length ? (next as Template['topics']) : undefined })}
            />
            <CheckGroup
              legend="Suits items flagged"
              values={FLAGS}
              chosen={template.flags ?? []}
              words={(flag) => FLAG_WORDS[flag]}
              onChange={(next) => onChange({ flags: next.length ? (next as Template['flags']) : undefined })}
            />
          </>
        ) : (
          <p className="rb-hint">
            {LENGTH_LABELS[template.length]}
            {sites.length ? ` · best on ${sites.join(', ')}` : ''}
          </p>
        )}
        <p className="rb-pb-preview" aria-label={`Preview of ${label}`}>
          {preview.text}
        </p>
        {preview.unfilled.length > 0 && preview.unfilled[0] !== 'template' && (
          <p className="rb-hint">
            Left for you to fill on this sample:{' '}
            {preview.unfilled.map((name) => TEMPLATE_VARIABLE_LABELS[name as (typeof TEMPLATE_VARIABLES)[number]] ?? name).join(', ')}
          </p>
        )}
      </fieldset>
    </li>
  );
}
