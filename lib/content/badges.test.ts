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
