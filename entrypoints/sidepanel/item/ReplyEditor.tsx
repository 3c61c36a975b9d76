import type { RefObject } from 'react';
import type { DraftWarning } from '@/lib/playbooks/draft-check';
import { usePanelStore } from '../store';

/** The draft, its check, the follow-up choice and the actions (Insert, Copy, Mark answered, Ignore). */
export function ReplyEditor({
  editorRef,
  hasSuggestions,
  check,
  followUp,
  setFollowUp,
  followUpDays,
  setFollowUpDays,
  busy,
  insert,
  copy,
  markAnswered,
  ignore,
}: {
  editorRef: RefObject<HTMLTextAreaElement | null>;
  hasSuggestions: boolean;
  check: { warnings: DraftWarning[]; limit: { maxChars: number; name: string }; length: number; gaps: string[]; blocked: boolean };
  followUp: boolean;
  setFollowUp(on: boolean): void;
  followUpDays: number;
  setFollowUpDays(days: number): void;
  busy: boolean;
  insert(): void;
  copy(): void;
  markAnswered(): void;
  ignore(): void;
}) {
  const draft = usePanelStore((s) => s.draft);
  const setDraft = usePanelStore((s) => s.setDraft);
  const status = usePanelStore((s) => s.status);
  const { warnings, limit, length, gaps, blocked } = check;
  return (
    <section aria-label="Your reply">
      <label htmlFor="draft" className="draft-label">
        Your reply{' '}
        <span className="muted">
          ({length}/{limit.maxChars} characters on {limit.name})
        </span>
      </label>
      <textarea
        id="draft"
        ref={editorRef}
        value={draft}
        rows={6}
        onChange={(e) => setDraft(e.target.value)}
        placeholder={hasSuggestions ? 'Pick a suggestion (1–3) or write your own' : 'Write a reply'}
      />
      {gaps.length ? (
        <p className="warning block" role="note">
          Write the part in brackets first ({gaps.join(', ')}): it is the answer only you know. Insert and Copy wait until it is filled.
        </p>
      ) : null}
      {warnings.length ? (
        <ul className="warnings" aria-live="polite">
          {warnings.map((w, i) => (
            <li key={`${w.rule}-${i}`} className={`warning ${w.severity}`} data-rule={w.rule}>
              {w.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="follow-up">
        <label>
          <input type="checkbox" checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} /> Follow up in
        </label>{' '}
        <input
          type="number"
          min={1}
          max={90}
          aria-label="Follow-up delay in days"
          value={followUpDays}
          onChange={(e) => setFollowUpDays(Math.max(1, Math.min(90, Number(e.target.value) || 1)))}
        />{' '}
        days
      </div>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={insert}
          disabled={busy || !draft.trim() || blocked}
          aria-keyshortcuts="Control+Enter"
          title={blocked ? 'Fill or remove the marked parts and keep within the length limit first' : 'Insert into the page (Ctrl+Enter)'}
        >
          Insert
        </button>
        <button
          type="button"
          onClick={copy}
          disabled={busy || !draft.trim() || blocked}
          title={blocked ? 'Fill or remove the marked parts and keep within the length limit first' : undefined}
        >
          Copy
        </button>
        <button type="button" onClick={markAnswered} disabled={busy}>
          Mark answered
        </button>
        <button type="button" onClick={ignore} disabled={busy}>
          Ignore
        </button>
      </div>
      {status ? (
        <p className={`status ${status.kind}`} role="status">
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
