import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import * as storage from '@/lib/settings/storage';
import { getDb } from '@/lib/storage/db';
import { SettingsForm } from './SettingsForm';

beforeEach(async () => {
  await getDb().settings.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Settings form while the stored settings are read', () => {
  it('offers no field to type in until the stored values are in them', async () => {
    await storage.saveSettings({ profile: { ...SAMPLE_PROFILE, supportUrl: 'https://harbor.example/help' }, onboarded: true });
    let release!: () => void;
    const gate = new Promise<void>((done) => {
      release = done;
    });
    const read = storage.loadSettings;
    vi.spyOn(storage, 'loadSettings').mockImplementation(async (...args) => {
      await gate;
      return read(...args);
    });
    render(<SettingsForm sites={[{ id: 'x', name: 'X' }]} />);
    expect(screen.getByRole('status').textContent).toBe('Reading your settings…');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
    release();
    expect(((await screen.findByLabelText('Help or support page', {}, { timeout: 10_000 })) as HTMLInputElement).value).toBe(
      'https://harbor.example/help',
    );
  });

  it('says so when the settings cannot be read, and offers no form that would save defaults over them', async () => {
    vi.spyOn(storage, 'loadSettings').mockRejectedValue(new Error('the database is closed'));
    render(<SettingsForm sites={[{ id: 'x', name: 'X' }]} />);
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toBe(
      'Could not read your settings: the database is closed',
    );
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });
});
