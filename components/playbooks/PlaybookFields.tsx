import { PLAYBOOK_KINDS, type Playbook } from '@/lib/playbooks/schema';
import { KIND_LABELS } from '@/lib/playbooks/template-options';
import type { PlaybookDraft } from './draft';

export interface PlaybookFieldsProps {
  draft: PlaybookDraft;
  change: (update: (current: PlaybookDraft) => PlaybookDraft) => void;
}

/** Name, situation, description, checklist and whether to suggest replies at all. */
export function PlaybookFields({ draft, change }: PlaybookFieldsProps) {
  return (
    <>
      <div className="rb-field">
        <label htmlFor="rb-pb-name">Name</label>
        <input id="rb-pb-name" value={draft.name} onChange={(e) => change((d) => ({ ...d, name: e.target.value }))} />
      </div>
      <div className="rb-field">
        <label htmlFor="rb-pb-kind">Used for</label>
        <select id="rb-pb-kind" value={draft.kind} onChange={(e) => change((d) => ({ ...d, kind: e.target.value as Playbook['kind'] }))}>
          {PLAYBOOK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="rb-field">
        <label htmlFor="rb-pb-description">Description</label>
        <input id="rb-pb-description" value={draft.description} onChange={(e) => change((d) => ({ ...d, description: e.target.value }))} />
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
    </>
  );
}
