import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '@/lib/playbooks/defaults';
import { serializePlaybooks } from '@/lib/playbooks/io';
import { listPlaybooks, readPlaybooks, savePlaybook } from '@/lib/playbooks/store';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { ReplybookDB } from '@/lib/storage/db';
import { PlaybookEditor } from './PlaybookEditor';

// The editor renders dozens of labelled fields; jsdom on a shared two-core machine is slow with them.
vi.setConfig({ testTimeout: 90_000 });
const SLOW = { timeout: 20_000 };

let db: ReplybookDB;
let n = 0;
beforeEach(async () => {
  n += 1;
  db = new ReplybookDB(`editor-test-${n}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function openEditor() {
  const user = userEvent.setup();
  render(<PlaybookEditor db={db} />);
  await screen.findByRole('heading', { name: 'Playbooks' });
  return user;
}

const listNames = () =>
  within(screen.getByRole('region', { name: 'Playbooks' }))
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.tagName === 'OL')
    .map((li) => li.querySelector('button')!.textContent);

describe('PlaybookEditor', () => {
  it('lists the built-in playbooks and edits a template of one', async () => {
    const user = await openEditor();
    expect(listNames()).toEqual(DEFAULT_PLAYBOOKS.map((p) => p.name));
    await user.click(screen.getByRole('button', { name: 'Fan or praise' }));
    await user.click(screen.getByRole('button', { name: 'Edit Template 1 (Say thank you)' }));
    const body = screen.getByLabelText('Text of Template 1 (Say thank you)');
    await user.clear(body);
    await user.paste('Hi {{firstName}}, cheers from {{brand}}!');
    expect(screen.getByLabelText('Preview of Template 1 (Say thank you)').textContent).toBe('Hi Jane, cheers from Harbor & Pine Coffee!');
    await user.click(screen.getByRole('button', { name: 'Save playbook' }));
    await screen.findByText('Saved “Fan or praise”.', {}, SLOW);
    const fan = (await listPlaybooks(db)).find((p) => p.id === 'fan')!;
    expect(fan.templates[0]!.body).toBe('Hi {{firstName}}, cheers from {{brand}}!');
    expect(await listPlaybooks(db)).toHaveLength(DEFAULT_PLAYBOOKS.length);
  });

  it('refuses to save a template with an unknown variable, naming the field, and stores nothing', async () => {
    const user = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Fan or praise' }));
    await user.click(screen.getByRole('button', { name: 'Edit Template 2 (Thank and ask for details)' }));
    const body = screen.getByLabelText('Text of Template 2 (Thank and ask for details)');
    await user.clear(body);
    await user.paste('Hi {{frstName}}');
    await user.click(screen.getByRole('button', { name: 'Save playbook' }));
    // Said under the field as it is typed, then again by the refused save.
    expect(screen.getByLabelText('Text of Template 2 (Thank and ask for details)').getAttribute('aria-invalid')).toBe('true');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join(' ')).toMatch(/Unknown variable \{\{frstName\}\}\. Did you mean \{\{firstName\}\}\?/);
    await waitFor(
      () =>
        expect(
          screen
            .getAllByRole('alert')
            .some((a) =>
              /^Not saved\. Template 2 \(Thank and ask for details\), text: unknown variable \{\{frstName\}\}/.test(a.textContent ?? ''),
            ),
        ).toBe(true),
      SLOW,
    );
    expect(await db.playbooks.count()).toBe(0);
  });

  it('previews with the user profile on an item they saw, and picks the intent from words, never an id', async () => {
    await db.items.put({
      id: 'yelp:1',
      site: 'yelp',
      authorName: 'Olu Bello',
      text: 'Cold soup, slow staff.',
      rating: 2,
      firstSeenAt: 1,
      lastSeenAt: 1,
    });
    const user = userEvent.setup();
    const profile = { ...SAMPLE_PROFILE, brand: 'Kiln Bakery', replierName: 'Sam' };
    render(<PlaybookEditor db={db} profile={profile} />);
    await screen.findByRole('heading', { name: 'Playbooks' });
    await user.click(screen.getByRole('button', { name: 'Fan or praise' }));
    await user.click(screen.getByRole('button', { name: 'Edit Template 1 (Say thank you)' }));
    expect(screen.queryByLabelText(/^Id$/)).toBeNull();
    expect((screen.getByLabelText('Used for') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('A fan or praise');
    const body = screen.getByLabelText('Text of Template 1 (Say thank you)');
    await user.clear(body);
    await user.paste('Hi {{firstName}}, {{brand}} here.');
    const sample = screen.getByLabelText('Preview with');
    await waitFor(
      () =>
        expect(
          within(sample)
            .getAllByRole('option')
            .some((o) => /Olu Bello on yelp/.test(o.textContent ?? '')),
        ).toBe(true),
      SLOW,
    );
    expect(screen.getByLabelText('Preview of Template 1 (Say thank you)').textContent).toBe('Hi Jane, Kiln Bakery here.');
    await user.selectOptions(sample, 'item-yelp:1');
    expect(screen.getByLabelText('Preview of Template 1 (Say thank you)').textContent).toBe('Hi Olu, Kiln Bakery here.');
    await user.selectOptions(screen.getByLabelText('What this reply does'), 'Thank, quoting what they said');
    await user.click(screen.getByRole('checkbox', { name: 'Yelp' }));
    await user.click(screen.getByRole('button', { name: 'Save playbook' }));
    await screen.findByText('Saved “Fan or praise”.', {}, SLOW);
    const first = (await listPlaybooks(db)).find((p) => p.id === 'fan')!.templates[0]!;
    expect(first).toMatchObject({
      id: 'fan-thanks-short',
      intent: 'thank+quote',
      sites: ['yelp'],
      body: 'Hi {{firstName}}, {{brand}} here.',
    });
  });

  it('edits steps, adds, duplicates, reorders and deletes templates, then saves them', async () => {
    const user = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Lukewarm or neutral' }));
    const steps = screen.getByLabelText('Checklist (one step per line)');
    await user.clear(steps);
    await user.paste('Ask what would make it great\nThank them');
    await user.click(screen.getByRole('button', { name: 'Delete Template 6 (Invite them to say more)' }));
    await user.click(screen.getByRole('button', { name: 'Duplicate Template 4 (Say thank you)' }));
    await user.click(screen.getByRole('button', { name: 'Move down Template 1 (Ask for details)' }));
    await user.click(screen.getByRole('button', { name: 'Add template' }));
    await user.click(screen.getByLabelText('Text of Template 7 (Say thank you)'));
    await user.paste('Hello {{firstName}}, tell us more at {{email}}.');
    await user.click(screen.getByRole('button', { name: 'Save playbook' }));
    await screen.findByText('Saved “Lukewarm or neutral”.', {}, SLOW);
    const saved = (await listPlaybooks(db)).find((p) => p.id === 'indifferent')!;
    expect(saved.steps).toEqual(['Ask what would make it great', 'Thank them']);
    expect(saved.templates.map((t) => t.id)).toEqual([
      'ind-invite-more',
      'ind-what-would-make-great',
      'ind-our-story',
      'ind-thanks-short',
      'indifferent-thank-1',
      'ind-topic-ask',
      'indifferent-thank-2',
    ]);
    expect(saved.templates.at(-1)!.body).toBe('Hello {{firstName}}, tell us more at {{email}}.');
  });

  it('duplicates, reorders and deletes playbooks (delete asks first)', async () => {
    const user = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Duplicate Fan or praise' }));
    await waitFor(() => expect(listNames()).toContain('Fan or praise (copy)'), SLOW);
    const names = listNames();
    expect(names[names.indexOf('Fan or praise') + 1]).toBe('Fan or praise (copy)');

    await user.click(screen.getByRole('button', { name: 'Move Legal threat up' }));
    await waitFor(() => expect(listNames().slice(0, 2)).toEqual(['Legal threat', 'Troll, hate or flame']), SLOW);

    await user.click(screen.getByRole('button', { name: 'Delete Question' }));
    expect(listNames()).toContain('Question');
    await user.click(screen.getByRole('button', { name: 'Yes, delete Question' }));
    await waitFor(() => expect(listNames()).not.toContain('Question'), SLOW);
    expect((await listPlaybooks(db)).map((p) => p.id)).not.toContain('question');
  });

  it('resets to the defaults only after confirmation', async () => {
    await savePlaybook(db, { ...DEFAULT_PLAYBOOKS.find((p) => p.id === 'fan')!, name: 'My fans' });
    const user = await openEditor();
    await waitFor(() => expect(listNames()).toContain('My fans'), SLOW);
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(listNames()).toContain('My fans');
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(listNames()).toEqual(DEFAULT_PLAYBOOKS.map((p) => p.name)), SLOW);
    expect((await readPlaybooks(db)).isDefault).toBe(true);
  });

  it('rejects a bad import whole, naming the failing field, and loses nothing', async () => {
    await savePlaybook(db, { ...DEFAULT_PLAYBOOKS.find((p) => p.id === 'fan')!, name: 'My fans' });
    const user = await openEditor();
    await waitFor(() => expect(listNames()).toContain('My fans'), SLOW);
    const file = JSON.parse(serializePlaybooks(DEFAULT_PLAYBOOKS));
    file.playbooks[4].templates[2].length = 'enormous';
    await user.upload(screen.getByLabelText('Import JSON'), new File([JSON.stringify(file)], 'shared.json', { type: 'application/json' }));
    const alert = await screen.findByText(/shared\.json was not imported, nothing changed/);
    expect(alert.textContent).toMatch(/playbooks\[4\]\.templates\[2\]\.length \(template "det-next-step"\)/);
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
    expect((await listPlaybooks(db)).find((p) => p.id === 'fan')!.name).toBe('My fans');
  });

  it('previews a good import, then replaces everything on request', async () => {
    const user = await openEditor();
    const mine = { ...DEFAULT_PLAYBOOKS.find((p) => p.id === 'question')!, id: 'faq', name: 'FAQ answers' };
    mine.templates = mine.templates.map((t) => ({ ...t, id: `faq-${t.id}` }));
    await user.upload(
      screen.getByLabelText('Import JSON'),
      new File([serializePlaybooks([mine])], 'faq.json', { type: 'application/json' }),
    );
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toMatch(/faq\.json: 1 playbook, 6 templates/);
    expect(preview.textContent).toMatch(/FAQ answers \(question, 6 templates\) — new/);
    await user.click(within(preview).getByRole('button', { name: 'Replace all' }));
    await waitFor(() => expect(listNames()).toEqual(['FAQ answers']), SLOW);
    expect(await screen.findByText('Imported 1 playbook from faq.json.')).toBeDefined();
  });

  it('exports the current playbooks as a JSON file that imports back', async () => {
    await savePlaybook(db, { ...DEFAULT_PLAYBOOKS.find((p) => p.id === 'fan')!, name: 'My fans' });
    let exported: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      exported = blob;
      return 'blob:replybook-test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(exported).toBeDefined(), SLOW);
    expect(click).toHaveBeenCalled();
    const text = await exported!.text();
    const { parsePlaybookImport } = await import('@/lib/playbooks/io');
    expect(parsePlaybookImport(text)).toEqual({ ok: true, data: await listPlaybooks(db) });
  });
});
