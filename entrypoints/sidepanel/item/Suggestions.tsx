import { browser } from 'wxt/browser';
import type { RefObject } from 'react';
import type { SuggestResult } from '@/lib/playbooks/suggest';
import { usePanelStore } from '../store';

/** The ranked replies (1–3 pick one), or why there are parts to fill until the profile is complete. */
export function Suggestions({
  result,
  settingsLoaded,
  hasBrand,
  headingRef,
}: {
  result: SuggestResult;
  settingsLoaded: boolean;
  hasBrand: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const pickedIndex = usePanelStore((s) => s.pickedIndex);
  const pickSuggestion = usePanelStore((s) => s.pickSuggestion);
  return (
    <>
      {settingsLoaded && !hasBrand ? (
        <p className="notice">
          Replies have parts marked [like this] until you add your brand, name and contact details.{' '}
          <button
            type="button"
            className="link"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#/settings') as string })}
          >
            Open Settings
          </button>
        </p>
      ) : null}
      {!settingsLoaded ? (
        <p className="muted">Loading your profile…</p>
      ) : result.suggestions.length ? (
        <section aria-label="Suggestions">
          <h3 ref={headingRef} tabIndex={-1} aria-describedby="item-text">
            Suggestions
          </h3>
          <ol className="suggestions">
            {result.suggestions.map((s, index) => (
              <li key={s.templateId}>
                <button
                  type="button"
                  className="suggestion"
                  aria-pressed={pickedIndex === index + 1}
                  aria-keyshortcuts={String(index + 1)}
                  onClick={() => pickSuggestion(index + 1, s.text, s.templateId)}
                >
                  <span className="kbd">{index + 1}</span>
                  <span className="suggestion-text">
                    <TextWithGaps text={s.text} />
                  </span>
                  <span className="muted why">{s.why}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** A suggestion with its [gaps] marked so the user sees what to write. */
function TextWithGaps({ text }: { text: string }) {
  const parts = text.split(/(\[[^[\]\n]{1,120}\])/u);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="gap">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
