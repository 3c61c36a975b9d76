import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/storage';
import { getDb } from '@/lib/storage/db';
import { SettingsForm } from './SettingsForm';
import { WelcomePage } from './WelcomePage';

vi.setConfig({ testTimeout: 60_000 });

// Settings live in IndexedDB, which fakeBrowser.reset() does not clear.
beforeEach(async () => {
  await getDb().settings.clear();
});

async function renderWelcome(onDone = vi.fn()) {
  const user = userEvent.setup();
  render(
    <WelcomePage
      onDone={onDone}
      sites={[
        { id: 'x', name: 'X' },
        { id: 'yelp', name: 'Yelp' },
      ]}
    />,
  );
  // The form appears once the stored settings are read (a loaded machine can take more than a second).
  await waitFor(() => expect(screen.getByRole('button', { name: 'Save and start' })).toHaveProperty('disabled', false), {
    timeout: 10_000,
  });
  return { user, onDone };
}

describe('WelcomePage', () => {
  it('saves the details and chosen sites, marks onboarding done', async () => {
    const { user, onDone } = await renderWelcome();
    await user.type(screen.getByLabelText('Brand or business name'), 'Bluebell Bakery');
    await user.type(screen.getByLabelText('Your name'), 'Omar');
    await user.type(screen.getByLabelText('Contact email'), 'omar@bluebell.example');
    await user.click(screen.getByLabelText('X'));
    await user.click(screen.getByRole('button', { name: 'Save and start' }));
    await screen.findByText('Saved. You are ready to reply.');
    const settings = await loadSettings();
    expect(settings.onboarded).toBe(true);
    expect(settings.profile).toMatchObject({ brand: 'Bluebell Bakery', replierName: 'Omar', email: 'omar@bluebell.example' });
    expect(settings.sites).toEqual({ x: false });
    expect(onDone).toHaveBeenCalledWith(settings);
  });

  it('shows a clear error beside a bad field and saves nothing', async () => {
    const { user, onDone } = await renderWelcome();
    await user.type(screen.getByLabelText('Contact email'), 'omar at bluebell');
    await user.type(screen.getByLabelText('Help or support page'), 'bluebell.example/help');
    await user.click(screen.getByRole('button', { name: 'Save and start' }));
    const email = screen.getByLabelText('Contact email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toMatch(/email like/);
    expect(screen.getByLabelText('Help or support page').getAttribute('aria-invalid')).toBe('true');
    expect(onDone).not.toHaveBeenCalled();
    expect((await loadSettings()).onboarded).toBe(false);
  });

  it('fills the sample details on request', async () => {
    const { user } = await renderWelcome();
    await user.click(screen.getByRole('button', { name: 'Fill with sample details' }));
    expect(screen.getByLabelText('Brand or business name')).toHaveProperty('value', SAMPLE_PROFILE.brand);
    expect(screen.getByLabelText('Direct-message handle')).toHaveProperty('value', SAMPLE_PROFILE.dmHandle);
  });

  it('opens the demo page in a new tab', async () => {
    const { user } = await renderWelcome();
    await user.click(screen.getByRole('button', { name: 'Open the demo page' }));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/demo.html'));
  });

  it('explains where the side panel is', async () => {
    await renderWelcome();
    expect(screen.getByRole('heading', { name: 'Where to find it' })).toBeDefined();
    expect(screen.getByText(/side panel/)).toBeDefined();
  });
});

describe('SettingsForm', () => {
  async function renderForm() {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    render(<SettingsForm onSaved={onSaved} sites={[{ id: 'x', name: 'X' }]} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save settings' })).toHaveProperty('disabled', false), {
      timeout: 10_000,
    });
    return { user, onSaved };
  }

  it('loads stored settings and saves a new follow-up delay', async () => {
    await saveSettings({ profile: SAMPLE_PROFILE, followUpDays: 3, onboarded: true });
    const { user, onSaved } = await renderForm();
    expect(screen.getByLabelText('Brand or business name')).toHaveProperty('value', SAMPLE_PROFILE.brand);
    const days = screen.getByLabelText('Remind me after (days)');
    await user.clear(days);
    await user.type(days, '7');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(await loadSettings()).toMatchObject({ followUpDays: 7, onboarded: true, profile: SAMPLE_PROFILE });
    expect(onSaved).toHaveBeenCalled();
  });

  it('rejects an empty or out-of-range delay with a message', async () => {
    const { user } = await renderForm();
    const days = screen.getByLabelText('Remind me after (days)');
    await user.clear(days);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByText('enter a number of days')).getAttribute('role')).toBe('alert');
    await user.type(days, '400');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('at most 90 days');
    expect((await loadSettings()).followUpDays).toBe(3);
  });

  it('asks for access to exactly one added site, and adds it only when granted', async () => {
    const request = vi.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false);
    fakeBrowser.permissions.request = request;
    const { user } = await renderForm();
    const input = screen.getByLabelText('Site address');
    await user.type(input, 'https://blog.example.com/');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    await screen.findByText(/Access to https:\/\/blog\.example\.com granted/);
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://blog.example.com/*'] });

    await user.type(input, 'https://other.example');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    await screen.findByText(/was not granted/);

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await loadSettings()).extraSites).toEqual(['https://blog.example.com']);
  });

  it('takes a bare domain as its https site, asks for it alone, and keeps it without a second Save', async () => {
    const request = vi.fn().mockResolvedValueOnce(true);
    fakeBrowser.permissions.request = request;
    const { user } = await renderForm();
    await user.type(screen.getByLabelText('Site address'), 'elavegan.com');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    await screen.findByText('Access to https://elavegan.com granted: Replybook now reads its comments.');
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://elavegan.com/*'] });
    expect((await loadSettings()).extraSites).toEqual(['https://elavegan.com']);
  });

  it('refuses an address with a path without asking the browser', async () => {
    const request = vi.fn();
    fakeBrowser.permissions.request = request;
    const { user } = await renderForm();
    await user.type(screen.getByLabelText('Site address'), 'https://blog.example.com/posts/1');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/origin/);
    expect(request).not.toHaveBeenCalled();
  });
});
