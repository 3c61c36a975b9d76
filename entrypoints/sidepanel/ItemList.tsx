import { useEffect, useRef } from 'react';
import { FLAG_HINTS, FLAG_WORDS, flagsByUrgency } from '@/lib/display/flags';
import { SafeName } from '@/components/display/SafeText';
import { excerpt } from '@/lib/display/text';
import { HANDLED_WORDS, type PanelItem } from '@/lib/panel/status';

interface Props {
  items: PanelItem[];
  onSelect(id: string): void;
  /** The row to focus once shown (the item the user just left); the first row if it is filtered out now. */
  focusItemId?: string | undefined;
  onFocused?(): void;
}

export function ItemList({ items, onSelect, focusItemId, onFocused }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!focusItemId || !listRef.current) return;
    const rows = [...listRef.current.querySelectorAll<HTMLElement>('li[data-item-id]')];
    const row = rows.find((li) => li.dataset.itemId === focusItemId) ?? rows[0];
    row?.querySelector<HTMLButtonElement>('.item-row')?.focus();
    onFocused?.();
  }, [focusItemId, onFocused]);

  return (
    <ol ref={listRef} className="item-list" aria-label="Items on this page, worst and oldest unanswered first">
      {items.map((item) => {
        const tone = item.labels.tone;
        const state = item.handled;
        return (
          <li key={item.id} data-item-id={item.id} data-family={item.family}>
            <button type="button" className={`item-row tone-${tone}`} onClick={() => onSelect(item.id)}>
              <span className={`dot tone-${tone}`} aria-label={`${tone} tone`} />
              <span className="item-main">
                <span className="item-author">
                  <SafeName text={item.author} fallback="Unknown author" />
                  {item.labels.stars !== undefined || item.rating !== undefined ? (
                    // On the five-star scale the reading uses (a 10-point rating shows as 5).
                    <span className="stars" aria-label={`${Math.round(item.labels.stars ?? item.rating ?? 0)} of 5 stars`}>
                      {' '}
                      {'★'.repeat(Math.max(0, Math.min(5, Math.round(item.labels.stars ?? item.rating ?? 0))))}
                    </span>
                  ) : null}
                </span>
                <span className="item-snippet" dir="auto">
                  {excerpt(item.text, 140) || '(no text)'}
                </span>
                <span className="item-flags">
                  {flagsByUrgency(item.labels.flags).map((f) => (
                    <span key={f} className={`flag flag-${f}`} title={FLAG_HINTS[f]}>
                      {FLAG_WORDS[f]}
                    </span>
                  ))}
                  {state ? (
                    <span className={`flag flag-handled handled-${state}`} data-handled={state}>
                      {HANDLED_WORDS[state]}
                    </span>
                  ) : null}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
