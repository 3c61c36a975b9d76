import { fireEvent, within } from '@testing-library/dom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ReplyBoxAssist } from '@/lib/messaging/protocol';
import { createReplyChip } from './reply-chip';

/** The chip's closed shadow root, caught as it is made (the page never gets it). */
function drawChip() {
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  const onUse = vi.fn();
  const onClose = vi.fn();
  const onLeave = vi.fn();
  const chip = createReplyChip({ onUse, onClose, onLeave });
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  document.body.append(chip.host);
  return { chip, onUse, onClose, onLeave, view: within(root.lastElementChild as HTMLElement) };
}

const PRIVATE_REPLY = 'Hi Dana, so sorry the mug arrived chipped. Write to hello@harborpine.example and we will replace it.';

const answer = (over: Partial<ReplyBoxAssist> = {}): ReplyBoxAssist => ({
  ok: true,
  check: {
    warnings: [{ rule: 'defensive', severity: 'warn', message: 'Sounds defensive: drop "actually".' }],
    gaps: [],
    length: 42,
    maxChars: 8000,
    blocked: false,
  },
  suggestion: { text: PRIVATE_REPLY, why: 'Apologises and offers a fix', gaps: [] },
  ...over,
});

afterEach(() => document.body.replaceChildren());

describe('the chip beside a reply box', () => {
  test('says what the draft check found; the card opens from the chip and lists it', () => {
    const { chip, view } = drawChip();
    chip.show(answer());
    const pill = view.getByRole('button', { name: /Replybook: 1 to check/ });
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(view.queryByRole('group', { name: 'Replybook for this reply' })).toBeNull();
    fireEvent.click(pill);
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    const card = view.getByRole('group', { name: 'Replybook for this reply' });
    const check = within(card).getByRole('region', { name: 'Draft check' });
    expect(within(check).getByRole('listitem').textContent).toBe('Check: Sounds defensive: drop "actually".');
    expect(check.textContent).toContain('42 of 8000 characters');
  });

  test('"Use this reply" hands the suggestion over; "Hide" closes it', () => {
    const { chip, view, onUse, onClose } = drawChip();
    chip.show(answer());
    fireEvent.click(view.getByRole('button', { name: /Replybook/ }));
    const suggestion = view.getByRole('region', { name: 'Suggested reply' });
    expect(suggestion.textContent).toContain(PRIVATE_REPLY);
    fireEvent.click(within(suggestion).getByRole('button', { name: 'Use this reply' }));
    expect(onUse).toHaveBeenCalledWith(PRIVATE_REPLY);
    fireEvent.click(view.getByRole('button', { name: 'Hide for this box' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('a blocked draft reads "must fix"; no suggestion shows the playbook\'s notice', () => {
    const { chip, view } = drawChip();
    chip.show(
      answer({
        check: { warnings: [], gaps: ['[your answer]'], length: 9000, maxChars: 8000, blocked: true },
        suggestion: undefined,
        notice: 'This reads as spam or a scam: nothing to post.',
      }),
    );
    fireEvent.click(view.getByRole('button', { name: /Replybook: must fix/ }));
    expect(view.getByRole('listitem').textContent).toBe('Fill: [your answer]');
    expect(view.queryByRole('button', { name: 'Use this reply' })).toBeNull();
    expect(view.getByRole('region', { name: 'Suggested reply' }).textContent).toContain('nothing to post');
  });

  test('from the keyboard: the card opens with the first button focused, and Esc goes back to the box', () => {
    const { chip, view, onLeave } = drawChip();
    chip.show(answer());
    const pill = view.getByRole('button', { name: /Replybook/ });
    expect(pill.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+R');
    chip.focusCard();
    const use = view.getByRole('button', { name: 'Use this reply' });
    expect((use.getRootNode() as ShadowRoot).activeElement).toBe(use);
    fireEvent.keyDown(use, { key: 'Escape' });
    expect(onLeave).toHaveBeenCalledOnce();
    expect(view.queryByRole('button', { name: 'Use this reply' })).toBeNull();
    expect(pill.getAttribute('aria-expanded')).toBe('false');
  });

  test('an answer the background could not give is shown as it is', () => {
    const { chip, view } = drawChip();
    chip.show({ ok: false, message: 'Replybook has not read the item this box answers yet.' });
    expect(view.getByRole('button', { name: /not read the item/ })).toBeTruthy();
  });

  test('the page sees only an empty host: no text, no reply, no item in its attributes', () => {
    const { chip } = drawChip();
    chip.show(answer());
    chip.place({ top: 80, bottom: 120, left: 300 });
    expect(chip.host.shadowRoot).toBeNull();
    expect(chip.host.childNodes).toHaveLength(0);
    expect(chip.host.outerHTML).not.toMatch(/Dana|harborpine|defensive|sorry/i);
    expect([...chip.host.attributes].map((a) => a.name).sort()).toEqual(['data-rb-chip', 'style']);
    expect(chip.host.style.top).toBe('124px');
    expect(chip.host.style.left).toBe('300px');
    // No room under a box at the bottom of the window: above it, opening upward.
    chip.place({ top: window.innerHeight - 60, bottom: window.innerHeight - 20, left: 300 });
    expect(chip.host.style.top).toBe('');
    expect(chip.host.style.bottom).toBe('64px');
    chip.remove();
    expect(document.querySelector('replybook-chip')).toBeNull();
  });
});
