import { useState } from 'react';
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
}

/**
 * Page text as the panel and dashboard show it: bidirectional controls removed and
 * the text isolated in its own direction (dir="auto"), cut to `max` characters with
 * a "Show all" control, and allowed to break anywhere so one long word cannot
 * stretch or freeze the layout.
 */
export function SafeText({ text, max = DISPLAY_LIMIT, as: Tag = 'span', className, id, mark }: Props) {
  const [expanded, setExpanded] = useState(false);
  const cut = cutForDisplay(text, max);
  const shown = expanded ? neutralText(text) : cut.text;
  const cleanMark = mark ? neutralText(mark) : '';
  const at = cleanMark ? shown.indexOf(cleanMark) : -1;
  return (
    <Tag className={className} id={id} dir="auto" style={{ overflowWrap: 'anywhere' }}>
      {at < 0 ? (
        shown
      ) : (
        <>
          {shown.slice(0, at)}
          <mark>{cleanMark}</mark>
          {shown.slice(at + cleanMark.length)}
        </>
      )}
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
