import { excerpt } from '@/lib/display/text';
import { FLAG_HINTS, FLAG_WORDS, flagsByUrgency } from '@/lib/display/flags';
import { plainReasons } from '@/lib/display/reasons';
import type { PanelItem } from '@/lib/panel/status';

/** The item's tone as the background gave it, with the user's correction and why. */
export function ToneSection({ item, onCorrect }: { item: PanelItem; onCorrect(value: string): void }) {
  const { labels, correction } = item;
  const reasons = plainReasons(labels, 5);
  return (
    <section aria-label="Tone and why">
      <div className="tone-line">
        <span className={`chip tone-${labels.tone}`}>{labels.tone}</span>
        <span className="muted">
          {Math.round(item.labels.scores[labels.tone] * 100)}% {correction ? '(your correction)' : ''}
        </span>
        <label>
          Correct tone{' '}
          <select value={correction ?? ''} onChange={(e) => onCorrect(e.target.value)}>
            <option value="">as labelled ({item.classifierTone})</option>
            <option value="negative">negative</option>
            <option value="neutral">neutral</option>
            <option value="positive">positive</option>
          </select>
        </label>
      </div>
      {labels.flags.length ? (
        <ul className="item-flags" aria-label="Flags">
          {flagsByUrgency(labels.flags).map((f) => (
            <li key={f} className={`flag flag-${f}`} title={FLAG_HINTS[f]}>
              {FLAG_WORDS[f]}
              {/* The tooltip's line, for screen readers and keyboard users who never hover. */}
              <span className="sr-only">: {FLAG_HINTS[f]}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {reasons.length ? (
        <ul className="reasons" aria-label="Why">
          {reasons.map((r) => (
            <li key={r.text}>{excerpt(r.text, 300)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
