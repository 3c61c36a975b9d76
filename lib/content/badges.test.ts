import { describe, expect, test, vi } from 'vitest';
import { createBadge } from './badges';

describe('createBadge', () => {
  test('draws in a shadow root that page text cannot reach as HTML', () => {
    const onClick = vi.fn();
    const badge = createBadge(onClick);
    document.body.append(badge.host);
    badge.setTone('negative', '<img src=x onerror=alert(1)>');
    // The page learns that the item is labelled, never the tone (it may be the user's correction).
    expect(badge.host.getAttribute('data-rb-state')).toBe('labelled');
    expect(badge.host.outerHTML).not.toMatch(/negative/i);
    // Closed shadow root: the page sees only the host element, with no light-DOM children.
    expect(badge.host.shadowRoot).toBeNull();
    expect(badge.host.childNodes).toHaveLength(0);
    expect(document.querySelector('img')).toBeNull();
    badge.remove();
    expect(document.querySelector('replybook-badge')).toBeNull();
  });

  test('is "pending" until labelled', () => {
    const badge = createBadge(() => undefined);
    expect(badge.host.getAttribute('data-rb-state')).toBe('pending');
    badge.setTone('positive');
    expect([...badge.host.attributes].map((a) => `${a.name}=${a.value}`)).toEqual(['data-rb-badge=', 'data-rb-state=labelled']);
  });
});

describe('a new badge', () => {
  test('starts pending exactly as setTone("pending") draws it, each with its own button', () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const first = createBadge(() => undefined);
    const second = createBadge(() => undefined);
    const [firstRoot, secondRoot] = attach.mock.results.map((result) => result.value as ShadowRoot);
    attach.mockRestore();
    const firstButton = firstRoot!.querySelector('button')!;
    const secondButton = secondRoot!.querySelector('button')!;
    expect(firstButton).not.toBe(secondButton);
    const drawn = (button: HTMLButtonElement) => [
      button.type,
      button.textContent,
      button.dataset.tone,
      button.title,
      button.getAttribute('aria-label'),
    ];
    const pending = [
      'button',
      'Reading…',
      'pending',
      'Replybook: Reading…. Click to reply.',
      'Replybook: Reading…. Open in the side panel',
    ];
    expect(drawn(firstButton)).toEqual(pending);
    first.setTone('positive');
    expect(drawn(secondButton)).toEqual(pending);
    expect(firstButton.textContent).toBe('Positive');
    first.setTone('pending');
    expect(drawn(firstButton)).toEqual(pending);
    expect(first.host.getAttribute('data-rb-state')).toBe('pending');
    expect(second.host.getAttribute('data-rb-state')).toBe('pending');
  });
});

describe('badge reading', () => {
  const labels = {
    tone: 'negative' as const,
    scores: { positive: 0.1, neutral: 0.2, negative: 0.7 },
    flags: ['complaint', 'sarcasm', 'offTopic', 'hazard'] as ('complaint' | 'sarcasm' | 'offTopic' | 'hazard')[],
    topics: [],
    reasons: ['1 of 5 stars', "'lukewarm'"],
    language: 'fr',
    stars: 1,
  };
  test('shows stars, a language the replier does not write, and the two most urgent flags', () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const badge = createBadge(() => undefined);
    const root = attach.mock.results[0]?.value as ShadowRoot;
    attach.mockRestore();
    badge.setReading(labels as never, { replyLanguages: ['en'] });
    const button = root.querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toBe('Negative · 1★ · FR · safety issue · sarcasm');
    expect(button.title).toContain('written in French');
    expect(button.title).toContain('flags: safety issue, sarcasm, off topic, complaint');
    expect(button.getAttribute('aria-label')).toContain('Negative · 1★ · FR');
    // The page still learns only that the item is labelled.
    expect(badge.host.getAttribute('data-rb-state')).toBe('labelled');
  });

  test('leaves the language out when the replier writes it', () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const badge = createBadge(() => undefined);
    const root = attach.mock.results[0]?.value as ShadowRoot;
    attach.mockRestore();
    badge.setReading({ ...labels, flags: ['complaint'], stars: undefined } as never, { replyLanguages: ['en', 'fr'] });
    expect(root.querySelector('button')?.textContent).toBe('Negative');
  });
});
