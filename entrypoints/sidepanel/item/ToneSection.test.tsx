import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PanelItem } from '@/lib/panel/status';
import { ItemHeader } from './ItemHeader';
import { ToneSection } from './ToneSection';

const item = {
  id: 'g:1',
  kind: 'review',
  author: 'Dana',
  text: 'Waited an hour. The waiter was RUDE and my lawyer will hear about it. When do you open on Sunday?',
  rating: 1,
  labels: {
    tone: 'negative',
    scores: { positive: 0.05, neutral: 0.1, negative: 0.85 },
    flags: ['complaint', 'legal', 'question'],
    topics: ['staff'],
    reasons: ["Reads as negative: 'rude'", '1 of 5 stars', "Legal threat: 'my lawyer'", "Asks: 'when do you open on sunday?'"],
    points: [{ aspect: 'wait', polarity: 'negative', text: 'waited an hour' }],
    language: 'en',
  },
  classifierTone: 'negative',
  family: 'legal',
} as unknown as PanelItem;

describe('reasons in plain words with their evidence', () => {
  it('lists the reasons as sentences and flags as chips whose tooltip line is also read out', () => {
    render(<ToneSection item={item} onCorrect={vi.fn()} />);
    const why = screen.getByRole('list', { name: 'Why' });
    expect(
      within(why)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      "sounds negative: says 'rude'",
      '1 of 5 stars',
      "talks of legal action: says 'my lawyer'",
      "asks 'when do you open on sunday?'",
      "says 'waited an hour'",
    ]);
    const flags = within(screen.getByRole('list', { name: 'Flags' })).getAllByRole('listitem');
    expect(flags[0]!.getAttribute('title')).toBe('Mentions a lawyer, a court or a regulator: hand it to whoever handles legal');
    expect(flags[0]!.textContent).toBe('legal: Mentions a lawyer, a court or a regulator: hand it to whoever handles legal');
  });

  it('highlights the evidence words in the item text, as written there', () => {
    const { container } = render(<ItemHeader item={item} replyLanguage="en" headingRef={{ current: null }} />);
    const marks = [...container.querySelectorAll('#item-text mark.evidence')].map((m) => m.textContent);
    expect(marks).toEqual(['Waited an hour', 'RUDE', 'my lawyer', 'When do you open on Sunday?']);
  });
});
