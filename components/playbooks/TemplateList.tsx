import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useMemo, useState } from 'react';
import { buildContext } from '@/lib/playbooks/render';
import type { Playbook } from '@/lib/playbooks/schema';
import type { Profile } from '@/lib/settings/schema';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { newTemplateId, nextKey, templateLabel, type PlaybookDraft, type TemplateDraft } from './draft';
import { TemplateCard } from './TemplateCard';
import type { PreviewSample } from './usePreviewSamples';

export interface TemplateListProps {
  draft: PlaybookDraft;
  playbooks: Playbook[];
  change: (update: (current: PlaybookDraft) => PlaybookDraft) => void;
  changeTemplate: (key: string, patch: Partial<TemplateDraft>) => void;
  /** A template a failed save points at: its fields open. */
  failedTemplate?: string;
  /** The replier's own profile, so previews sign with their name and brand (the sample profile when absent). */
  profile?: Profile;
  /** What previews can be filled from: built-in samples and items the user has seen. */
  samples: readonly PreviewSample[];
}

/**
 * The playbook's templates in the order they are offered: drag a handle (or focus it and use
 * Space and the arrow keys) or the Move buttons to reorder; each is previewed on a sample the
 * user picks, with their own profile. One template's fields are open at a time.
 */
export function TemplateList({ draft, playbooks, change, changeTemplate, failedTemplate, profile, samples }: TemplateListProps) {
  const [openTemplate, setOpenTemplate] = useState<string | undefined>();
  const [sampleKey, setSampleKey] = useState(samples[0]?.key ?? '');
  useEffect(() => {
    if (failedTemplate) setOpenTemplate(failedTemplate);
  }, [failedTemplate]);
  const sample = samples.find((s) => s.key === sampleKey) ?? samples[0];
  const previewContext = useMemo(
    () => (sample ? buildContext({ item: sample.item, labels: { topics: sample.topics }, profile: profile ?? SAMPLE_PROFILE }) : {}),
    [sample, profile],
  );

  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const labelOf = (key: string | number) => {
    const index = draft.templates.findIndex((t) => t.key === key);
    return index >= 0 ? templateLabel(draft.templates[index]!, index) : 'template';
  };
  const positionOf = (key: string | number) => draft.templates.findIndex((t) => t.key === key) + 1;
  // Said by screen readers while dragging: names and positions, never the internal keys.
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${labelOf(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${labelOf(active.id)} is over position ${positionOf(over.id)}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `${labelOf(active.id)} dropped at position ${positionOf(over.id)}.` : 'Dropped.'),
    onDragCancel: ({ active }) => `Moving ${labelOf(active.id)} cancelled.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    change((d) => {
      const from = d.templates.findIndex((t) => t.key === active.id);
      const to = d.templates.findIndex((t) => t.key === over.id);
      return from < 0 || to < 0 ? d : { ...d, templates: arrayMove(d.templates, from, to) };
    });
  };

  return (
    <section aria-labelledby="rb-pb-templates-title" className="rb-pb-templates-section">
      <h3 id="rb-pb-templates-title">Templates</h3>
      <p className="rb-hint">
        Offered in this order. Type <code>{'{{'}</code> or use “Insert variable” to add the person’s name, your brand and more.
      </p>
      <div className="rb-field">
        <label htmlFor="rb-pb-sample">Preview with</label>
        <select id="rb-pb-sample" value={sample?.key ?? ''} onChange={(e) => setSampleKey(e.target.value)}>
          {samples.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'To reorder, press Space or Enter, move with the arrow keys, press Space or Enter again to drop, or Escape to cancel.',
          },
        }}
      >
        <SortableContext items={draft.templates.map((t) => t.key)} strategy={verticalListSortingStrategy}>
          <ol className="rb-pb-templates">
            {draft.templates.map((template, index) => (
              <TemplateCard
                key={template.key}
                template={template}
                index={index}
                count={draft.templates.length}
                label={templateLabel(template, index)}
                open={openTemplate === template.key}
                previewContext={previewContext}
                onToggle={() => setOpenTemplate(openTemplate === template.key ? undefined : template.key)}
                onChange={(patch) => changeTemplate(template.key, patch)}
                onMove={(delta) =>
                  change((d) => {
                    const to = index + delta;
                    return to < 0 || to >= d.templates.length ? d : { ...d, templates: arrayMove(d.templates, index, to) };
                  })
                }
                onDuplicate={() =>
                  change((d) => {
                    const copy = { ...template, key: nextKey(), id: newTemplateId(template.intent, d, playbooks) };
                    const templates = [...d.templates];
                    templates.splice(index + 1, 0, copy);
                    return { ...d, templates };
                  })
                }
                onDelete={() => change((d) => ({ ...d, templates: d.templates.filter((t) => t.key !== template.key) }))}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <button
        type="button"
        onClick={() => {
          const key = nextKey();
          change((d) => ({
            ...d,
            templates: [
              ...d.templates,
              { key, id: newTemplateId('thank', d, playbooks), intent: 'thank', length: 'short', body: '', sitesText: '' },
            ],
          }));
          setOpenTemplate(key);
        }}
      >
        Add template
      </button>
    </section>
  );
}
