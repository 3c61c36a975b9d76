import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SafeName, SafeText } from './SafeText';

describe('SafeText', () => {
  it('shows a 1 MB comment without spaces cut, with a Show all control', async () => {
    const user = userEvent.setup();
    const huge = 'z'.repeat(1_000_000);
    const { container } = render(<SafeText as="p" text={huge} max={500} />);
    const paragraph = container.querySelector('p')!;
    expect(paragraph.getAttribute('dir')).toBe('auto');
    expect(paragraph.firstChild?.textContent?.length).toBe(500);
    await user.click(screen.getByRole('button', { name: /Show all \(999,501 more characters\)/ }));
    expect(paragraph.firstChild?.textContent?.length).toBe(1_000_000);
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows short text whole, with no control', () => {
    render(<SafeText text="Short and sweet" />);
    expect(screen.getByText('Short and sweet')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('does not let a right-to-left override reverse a name', () => {
    const { container } = render(<SafeName text={'\u202EnimdA'} />);
    expect(container.textContent).toBe('nimdA');
    expect(container.querySelector('bdi')).toBeTruthy();
  });
});
