import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE, SettingsSchema } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/storage';
import { getDb } from '@/lib/storage/db';
import { SettingsForm } from './SettingsForm';

beforeEach(async () => {
  await getDb().settings.clear();
});

describe('Settings → Toolbar badge', () => {
  it('shows the stored choice, says what each counts, and saves another', async () => {
    await saveSettings({ profile: SAMPLE_PROFILE, onboarded: true });
    const user = userEvent.setup();
    render(<SettingsForm sites={[{ id: 'x', name: 'X' }]} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save settings' })).toHaveProperty('disabled', false), {
      timeout: 10_000,
    });
    const negatives = screen.getByRole('radio', { name: 'Unanswered negatives on this page' });
    const followUps = screen.getByRole('radio', { name: 'Follow-ups due' });
    expect(negatives).toHaveProperty('checked', true);
    expect(screen.getByText(/counts one thing, the one you pick here/)).toBeTruthy();
    expect(followUps.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(followUps.getAttribute('aria-describedby')!)!.textContent).toMatch(/follow-ups that are due now/);
    await user.click(followUps);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await loadSettings()).toolbarBadge).toBe('dueFollowUps');
  });

  it('stored settings without the field read as the page negatives; an unknown meaning is refused', () => {
    expect(SettingsSchema.parse({}).toolbarBadge).toBe('negativesHere');
    expect(SettingsSchema.safeParse({ toolbarBadge: 'everything' }).success).toBe(false);
  });
});
