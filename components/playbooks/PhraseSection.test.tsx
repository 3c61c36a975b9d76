import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classify } from '@/lib/classifier';
import { defaultPhrases } from '@/lib/playbooks/compose/phrases';
import { listPlaybooks } from '@/lib/playbooks/store';
import { suggestReplies } from '@/lib/playbooks/suggest';
import { readItem } from '@/lib/reading';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { ReplybookDB } from '@/lib/storage/db';
import { PlaybookEditor } from './PlaybookEditor';

vi.setConfig({ testTimeout: 90_000 });
const SLOW = { timeout: 20_000 };

let db: ReplybookDB;
let n = 0;
beforeEach(async () => {
  n += 1;
  db = new ReplybookDB(`phrase-editor-test-${n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function openPlaybook(name: string) {
  const user = userEvent.setup();
  render(<PlaybookEditor db={db} />);
  await screen.findByRole('heading', { name: 'Playbooks' });
  await user.click(screen.getByRole('button', { name }));
  await screen.findByRole('heading', { name: `Edit “${name}”` });
  return user;
}

const section = () => screen.getByRole('region', { name: 'Your wording' });
const preview = () => within(section()).getByLabelText('Preview of your wording').textContent ?? '';

describe('PhraseSection (the playbook’s own wording)', () => {
  it('shows the built-in wording, uses an edited phrase in the preview and, once saved, in real suggestions', async () => {
    const user = await openPlaybook('Low-star review');
    const apology = within(section()).getByLabelText('Apology (English)');
    expect((apology as HTMLTextAreaElement).value).toBe(defaultPhrases('en', 'complaint').apology);
    expect(preview()).toContain("I'm really sorry about the cardamom bun.");

    await user.clear(apology);
    await user.paste('Oh no, {{points}} is not what we stand for.');
    expect(preview()).toContain('Oh no, the cardamom bun is not what we stand for.');
    expect(within(section()).getByLabelText('Apology (English), edited')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save playbook' }));
    await screen.findByText('Saved “Low-star review”.', {}, SLOW);
    const playbooks = await listPlaybooks(db);
    expect(playbooks.find((p) => p.kind === 'low-star')!.phrases).toEqual({
      en: { apology: 'Oh no, {{points}} is not what we stand for.' },
    });

    const text = 'The soup was cold and the bread was stale.';
    const reading = readItem({ text, rating: 1, author: 'Tom Reed' }, { classify });
    const result = suggestReplies({
      item: { id: 'x', site: 'google-maps', text, rating: 1, author: 'Tom Reed' },
      labels: reading,
      profile: SAMPLE_PROFILE,
      playbooks,
    });
    expect(result.suggestions[0]!.text).toMatch(/Oh no, the .+ is not what we stand for\./u);
  });

  it('edits each language on its own', async () => {
    const user = await openPlaybook('Fan or praise');
    await user.selectOptions(within(section()).getByLabelText('Language of the wording'), 'fr');
    const thanks = within(section()).getByLabelText('Thanks (French)');
    expect((thanks as HTMLTextAreaElement).value).toBe(defaultPhrases('fr', 'fan').thanks);
    await user.clear(thanks);
    await user.paste('Mille mercis !');
    expect(preview()).toContain('Mille mercis !');
    await user.selectOptions(within(section()).getByLabelText('Language of the wording'), 'en');
    expect(preview()).not.toContain('Mille mercis');
  });

  it('shows a clear error for an unknown variable and does not save', async () => {
    const user = await openPlaybook('Low-star review');
    const next = within(section()).getByLabelText('Next step (English)');
    await user.clear(next);
    await user.paste('Write to {{emial}} please.');
    expect(within(section()).getByRole('alert').textContent).toMatch(/Unknown variable \{\{emial\}\}\./u);
    await user.click(screen.getByRole('button', { name: 'Save playbook' }));
    const errors = await screen.findAllByRole('alert');
    expect(
      errors.some((e) => /Not saved\. Your wording \(en\), Next step: unknown variable \{\{emial\}\}/u.test(e.textContent ?? '')),
    ).toBe(true);
    expect(await db.playbooks.count()).toBe(0);
  });

  it('resets a phrase to the built-in wording', async () => {
    const user = await openPlaybook('Low-star review');
    const greeting = within(section()).getByLabelText('Greeting (English)');
    await user.clear(greeting);
    await user.paste('Howdy {{name}},');
    expect(preview()).toMatch(/^Howdy Jane,/u);
    const reset = within(section()).getByRole('button', { name: 'Reset to default Greeting (English)' });
    expect((reset as HTMLButtonElement).disabled).toBe(false);
    await user.click(reset);
    expect((within(section()).getByLabelText('Greeting (English)') as HTMLTextAreaElement).value).toBe(
      defaultPhrases('en', 'complaint').greeting,
    );
    expect(preview()).toMatch(/^Hi Jane,/u);
    expect((within(section()).getByRole('button', { name: 'Reset to default Greeting (English)' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('edits wording for one register only and saves it under that register', async () => {
    const user = await openPlaybook('Fan or praise');
    await user.selectOptions(within(section()).getByLabelText('Language of the wording'), 'fr');
    await user.selectOptions(within(section()).getByLabelText('Register'), 'informal');
    const thanks = within(section()).getByLabelText('Thanks (French)');
    await user.clear(thanks);
    await user.paste('Merci à toi, ça nous touche !');
    expect(preview()).toContain('Merci à toi, ça nous touche !');
    await user.selectOptions(within(section()).getByLabelText('Register'), 'formal');
    expect(preview()).not.toContain('Merci à toi');
    await user.click(screen.getByRole('button', { name: 'Save playbook' }));
    await screen.findByText('Saved “Fan or praise”.', {}, SLOW);
    const playbooks = await listPlaybooks(db);
    expect(playbooks.find((p) => p.kind === 'fan')!.phrases).toEqual({ fr: { informal: { thanks: 'Merci à toi, ça nous touche !' } } });
  });
});
