import { useState } from 'react';
import { evidenceRanges } from '@/lib/display/reasons';
import { cutForDisplay, DISPLAY_LIMIT, neutralText } from '@/lib/display/text';

interface Props {
  text: unknown;
  /** Characters shown before "Show all". */
  max?: number;
  /** Element to render: a paragraph for bodies, a span inside a line. */
  as?: 'p' | 'span' | 'div' | 'h3';
  className?: string;
  id?: string;
  /** A phrase of the text to mark (the point the user clicked); plain text, never HTML. */
  mark?: string;
  /** Words the reasons rest on, highlighted wherever they are found (accents and case aside). */
  evidence?: readonly string[];
}

/** The shown text with its marks: the clicked phrase first, then evidence words that do not overlap it. */
function Marked({ shown, mark, evidence }: { shown: string; mark: string; evidence: readonly string[] }) {
  const at = mark ? shown.indexOf(mark) : -1;
  const chosen: [number, number] | undefined = at >= 0 ? [at, at + mark.length] : undefined;
  const ranges = evidenceRanges(shown, evidence)
    .filter(([start, end]) => !chosen || end <= chosen[0] || start >= chosen[1])
    .map(([start, end]) => ({ start, end, className: 'evidence' }));
  if (chosen) ranges.push({ start: chosen[0], end: chosen[1], className: 'chosen' });
  ranges.sort((a, b) => a.start - b.start);
  if (ranges.length === 0) return <>{shown}</>;
  const parts = [];
  let last = 0;
  for (const range of ranges) {
    parts.push(shown.slice(last, range.start));
    parts.push(
      <mark key={range.start} className={range.className}>
        {shown.slice(range.start, range.end)}
      </mark>,
    );
    last = range.end;
  }
  parts.push(shown.slice(last));
  return <>{parts}</>;
}

/**
 * Page text as the panel and dashboard show it: bidirectional controls removed and
 * the text isolated in its own direction (dir="auto"), cut to `max` characters with
 * a "Show all" control, and allowed to break anywhere so one long word cannot
 * stretch or freeze the layout.
 */
export function SafeText({ text, max = DISPLAY_LIMIT, as: Tag = 'span', className, id, mark, evidence = [] }: Props) {
  const [expanded, setExpanded] = useState(false);
  const cut = cutForDisplay(text, max);
  const shown = expanded ? neutralText(text) : cut.text;
  const cleanMark = mark ? neutralText(mark) : '';
  return (
    <Tag className={className} id={id} dir="auto" style={{ overflowWrap: 'anywhere' }}>
      <Marked shown={shown} mark={cleanMark} evidence={evidence} />
      {cut.hidden > 0 ? (
        <>
          {' '}
          <button
            type="button"
            className="link show-all"
            aria-expanded={expanded}
            onClick={(event) => {
              event.stopPropagation();
              setExpanded(!expanded);
            }}
          >
            {expanded ? 'Show less' : `Show all (${cut.hidden.toLocaleString()} more characters)`}
          </button>
        </>
      ) : null}
    </Tag>
  );
}

/** A name or other short label: neutralised, isolated, cut without a control. */
export function SafeName({ text, max = 120, fallback = '' }: { text: unknown; max?: number; fallback?: string }) {
  const value = cutForDisplay(text, max).text;
  return <bdi style={{ overflowWrap: 'anywhere' }}>{value || fallback}</bdi>;
}
