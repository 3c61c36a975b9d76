import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ReplyBoxSettings } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/storage';
import { CHIP_SITE_OPTIONS, ReplyBoxSettingsForm } from './ReplyBoxSettings';

const stored: ReplyBoxSettings = { chipSites: { demo: true }, shortcuts: [{ name: ';hours', phrase: 'We open at 7, {{firstName}}.' }] };

describe('Reply boxes in Settings', () => {
  test('the chip is off for every site until turned on; the demo page is one of them', async () => {
    const empty = async () => ({ chipSites: {}, shortcuts: [] });
    render(<ReplyBoxSettingsForm load={empty} save={vi.fn()} />);
    const facebook = await screen.findByRole('checkbox', { name: 'Facebook' });
    expect((facebook as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'The demo page' }) as HTMLInputElement).checked).toBe(false);
    // Sites where owners answer elsewhere have no box on the page to sit beside.
    expect(CHIP_SITE_OPTIONS.map((s) => s.id)).not.toContain('trustpilot');
  });

  test('no checkbox or shortcut field is offered before the stored values arrive; a failed read says so', async () => {
    const save = vi.fn();
    render(<ReplyBoxSettingsForm load={() => Promise.reject(new Error('the database is closed'))} save={save} />);
    expect(screen.getByRole('status').textContent).toBe('Reading your settings…');
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect((await screen.findByRole('alert')).textContent).toBe('Could not read your settings: the database is closed');
    expect(screen.queryByRole('button', { name: 'Save reply box settings' })).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  test('a shortcut that is not ";" plus one word, or a mistyped variable, is shown beside its field and not saved', async () => {
    const save = vi.fn(async () => ({ ok: true as const }));
    const load = async () => stored;
    render(<ReplyBoxSettingsForm load={load} save={save} />);
    expect(await screen.findByDisplayValue(';hours')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add shortcut' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Shortcut 2' }), { target: { value: 'thanks a lot' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Phrase for shortcut 2' }), { target: { value: 'Thanks {{frstName}}!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reply box settings' }));
    expect(await screen.findByText('start with ; and use one word, such as ;thanks')).toBeTruthy();
    expect(screen.getByText(/unknown variable \{\{frstName\}\}/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Shortcut 2' }).getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: 'Shortcut 2' }), { target: { value: ';thanks' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Phrase for shortcut 2' }), {
      target: { value: 'Thanks so much, {{firstName}}! — {{brand}}' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Facebook' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save reply box settings' }));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save).toHaveBeenCalledWith({
      chipSites: { demo: true, facebook: true },
      shortcuts: [stored.shortcuts[0], { name: ';thanks', phrase: 'Thanks so much, {{firstName}}! — {{brand}}' }],
    });
    expect((await screen.findByText('Reply box settings saved.')).getAttribute('role')).toBe('status');
    fireEvent.click(within(screen.getByRole('list', { name: 'Your shortcuts' })).getByRole('button', { name: 'Remove shortcut ;hours' }));
    expect(screen.queryByDisplayValue(';hours')).toBeNull();
  });

  test('saved to the stored settings without touching the rest of them', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, followUpDays: 9 });
    render(<ReplyBoxSettingsForm />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'YouTube' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add shortcut' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Shortcut 1' }), { target: { value: ';thanks' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Phrase for shortcut 1' }), { target: { value: 'Thanks!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reply box settings' }));
    await screen.findByText('Reply box settings saved.');
    const settings = await loadSettings();
    expect(settings.followUpDays).toBe(9);
    expect(settings.replyBox).toEqual({ chipSites: { youtube: true }, shortcuts: [{ name: ';thanks', phrase: 'Thanks!' }] });
  });
});
