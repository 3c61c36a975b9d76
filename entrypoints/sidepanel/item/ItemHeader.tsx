import { useState, type RefObject } from 'react';
import { SafeName, SafeText } from '@/components/display/SafeText';
import { formatDateTime } from '@/lib/display/format';
import { plainReasons } from '@/lib/display/reasons';
import { excerpt } from '@/lib/display/text';
import type { PanelItem } from '@/lib/panel/status';
import { languageName } from '@/lib/reading';

/** Who wrote the item, when and where, its text, and the points made (click one to mark its words). */
export function ItemHeader({
  item,
  replyLanguage,
  headingRef,
}: {
  item: PanelItem;
  /** The language replies are written in first: an item in another one says its language. */
  replyLanguage: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const [shownPoint, setShownPoint] = useState<number | undefined>(undefined);
  const points = item.labels.points ?? [];
  // The words the reasons rest on, highlighted in the text so "why" can be checked at a glance.
  const evidence = plainReasons(item.labels, 5).flatMap((reason) => reason.evidence);
  const itemLanguage = item.labels.language;
  const foreign = itemLanguage && itemLanguage !== 'und' && itemLanguage !== replyLanguage;
  return (
    <>
      <header className="detail-head">
        <h2 ref={headingRef} tabIndex={-1}>
          <SafeName text={item.author} fallback="Unknown author" />
        </h2>
        <p className="muted">
          {item.kind}
          {item.rating !== undefined ? ` · ${item.rating}/${item.ratingMax ?? 5} stars` : ''}
          {item.postedAt ? ` · ${formatDateTime(item.postedAt)}` : item.timeText ? ` · ${excerpt(item.timeText, 60)}` : ''}
          {item.permalink ? (
            <>
              {' · '}
              <a href={item.permalink} target="_blank" rel="noreferrer">
                open
              </a>
            </>
          ) : null}
        </p>
      </header>
      {item.title ? <SafeText as="h3" className="item-title" text={item.title} max={300} /> : null}
      <SafeText
        as="p"
        className="item-text"
        id="item-text"
        text={item.text || '(no text: media only)'}
        mark={shownPoint !== undefined ? points[shownPoint]?.text : undefined}
        evidence={evidence}
      />
      {foreign || points.length ? (
        <p className="item-points" aria-label="What they said">
          {foreign ? (
            <span
              className="chip chip-language"
              title={`Detected language (${Math.round((item.labels.languageConfidence ?? 0) * 100)}% sure)`}
            >
              {languageName(itemLanguage)}
            </span>
          ) : null}
          {points.map((point, index) => (
            <button
              key={`${point.aspect}-${index}`}
              type="button"
              className={`chip point point-${point.polarity}`}
              aria-pressed={shownPoint === index}
              title={`${ASPECT_LABELS[point.aspect] ?? point.aspect}, ${point.polarity}: “${point.text}”${point.amount ? ` (${point.amount})` : ''}. Click to show the words.`}
              onClick={() => setShownPoint(shownPoint === index ? undefined : index)}
            >
              {ASPECT_LABELS[point.aspect] ?? point.aspect}: {point.person ?? point.amount ?? point.text}
            </button>
          ))}
        </p>
      ) : null}
    </>
  );
}

const ASPECT_LABELS: Record<string, string> = {
  wait: 'wait',
  temperature: 'temperature',
  staff: 'staff',
  order: 'order',
  delivery: 'delivery',
  price: 'price',
  billing: 'billing',
  cleanliness: 'cleanliness',
  noise: 'noise',
  booking: 'booking',
  room: 'room',
  safety: 'safety',
  product: 'product',
  app: 'app',
  size: 'size',
  quality: 'quality',
  service: 'service',
  access: 'access',
  packaging: 'packaging',
  pets: 'pets',
};
