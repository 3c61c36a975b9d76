import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function Bomb({ explode }: { explode: boolean }) {
  if (explode) throw new RangeError('Invalid time value');
  return <p>fine</p>;
}

function Harness() {
  const [explode, setExplode] = useState(true);
  return (
    <div>
      <button type="button" onClick={() => setExplode(false)}>
        fix
      </button>
      <ErrorBoundary what="the Log page">
        <Bomb explode={explode} />
      </ErrorBoundary>
      <p>navigation still here</p>
    </div>
  );
}

describe('ErrorBoundary', () => {
  it('shows what failed, keeps the rest of the page, and retries', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('alert').textContent).toContain('Could not show the Log page');
    expect(screen.getByRole('alert').textContent).toContain('RangeError: Invalid time value');
    expect(screen.getByText('navigation still here')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'fix' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('fine')).toBeTruthy();
    quiet.mockRestore();
  });

  it('tries again by itself when its reset key changes', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary what="x" resetKey="a">
        <Bomb explode />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <ErrorBoundary what="x" resetKey="b">
        <Bomb explode={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
    quiet.mockRestore();
  });
});
