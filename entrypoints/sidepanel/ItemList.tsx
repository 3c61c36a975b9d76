import { SafeName } from '@/components/display/SafeText';
import type { Tone } from '@/lib/classifier/labels';
import { excerpt } from '@/lib/display/text';
import type { LabelledItem } from '@/lib/messaging/protocol';

interface Props {
  items: LabelledItem[];
  handledIds: ReadonlySet<string>;
  corrections: ReadonlyMap<string, Tone>;
  onSelect(id: string): void;
}

export function ItemList({ items, handledIds, corrections, onSelect }: Props) {
  return (
    <ol className="item-list" aria-label="Items on this page, worst and oldest unanswered first">
      {items.map((item) => {
        const tone = corrections.get(item.id) ?? item.labels.tone;
        const handled = handledIds.has(item.id) || item.hasOwnerReply;
        return (
          <li key={item.id} data-item-id={item.id}>
            <button type="button" className={`item-row tone-${tone}`} onClick={() => onSelect(item.id)}>
              <span className={`dot tone-${tone}`} aria-label={`${tone} tone`} />
              <span className="item-main">
                <span className="item-author">
                  <SafeName text={item.author} fallback="Unknown author" />
                  {item.rating !== undefined ? <span className="stars"> {'★'.repeat(Math.max(0, Math.min(10, Math.round(item.rating))))}</span> : null}
                </span>
                <span className="item-snippet" dir="auto">{excerpt(item.text, 140) || '(no text)'}</span>
                <span className="item-flags">
                  {item.labels.flags.map((f) => (
                    <span key={f} className={`flag flag-${f}`}>
                      {f}
                    </span>
                  ))}
                  {handled ? <span className="flag flag-handled">answered</span> : null}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
