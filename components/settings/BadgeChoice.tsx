import { TOOLBAR_BADGES, type ToolbarBadge } from '@/lib/settings/schema';

/** The words of each choice; the README's "Toolbar badge" section says the same. */
export const TOOLBAR_BADGE_WORDS: Record<ToolbarBadge, { label: string; hint: string }> = {
  negativesHere: {
    label: 'Unanswered negatives on this page',
    hint: 'The number of negative comments or reviews on the page in front of you that nobody has answered yet (yours or the page owner’s reply).',
  },
  dueFollowUps: {
    label: 'Follow-ups due',
    hint: 'The number of follow-ups that are due now, across all your pages. The same on every tab.',
  },
};

/** Settings → Toolbar badge: what the number on the toolbar button counts, one meaning at a time. */
export function BadgeChoice({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: ToolbarBadge;
  onChange: (value: ToolbarBadge) => void;
}) {
  return (
    <fieldset className="rb-fieldset">
      <legend>Toolbar badge</legend>
      <p className="rb-hint" id={`${idPrefix}-badge-hint`}>
        The number on Replybook’s toolbar button counts one thing, the one you pick here.
      </p>
      {TOOLBAR_BADGES.map((choice) => (
        <div key={choice}>
          <input
            type="radio"
            id={`${idPrefix}-badge-${choice}`}
            name={`${idPrefix}-badge`}
            value={choice}
            checked={value === choice}
            aria-describedby={`${idPrefix}-badge-${choice}-hint`}
            onChange={() => onChange(choice)}
          />
          <label htmlFor={`${idPrefix}-badge-${choice}`}>{TOOLBAR_BADGE_WORDS[choice].label}</label>
          <p className="rb-hint" id={`${idPrefix}-badge-${choice}-hint`}>
            {TOOLBAR_BADGE_WORDS[choice].hint}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
