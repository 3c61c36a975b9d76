import type { Tone } from '@/lib/classifier/labels';

const SYMBOL: Record<Tone, string> = { positive: '▲', neutral: '●', negative: '▼' };

/** The tone as text plus a shape, so it does not rely on colour alone. */
export function ToneBadge({ tone, corrected }: { tone?: Tone | undefined; corrected?: boolean }) {
  if (!tone) return <span className="tone tone-none">unlabelled</span>;
  return (
    <span className={`tone tone-${tone}`} title={corrected ? 'Corrected by you' : undefined}>
      <span aria-hidden="true">{SYMBOL[tone]} </span>
      {tone}
      {corrected ? ' (corrected)' : ''}
    </span>
  );
}
