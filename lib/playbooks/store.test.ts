// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReplybookDB } from '@/lib/storage/db';
import { DEFAULT_PLAYBOOKS } from './defaults';
import { parsePlaybookImport, serializePlaybooks } from './io';
import type { Playbook } from './schema';
import {
  deletePlaybook,
  duplicatePlaybook,
  exportPlaybooks,
  importAll,
  listPlaybooks,
  movePlaybook,
  readPlaybooks,
  reorderPlaybooks,
  resetToDefaults,
  savePlaybook,
} from './store';

let db: ReplybookDB;
let n = 0;
beforeEach(async () => {
  n += 1;
  db = new ReplybookDB(`store-test-${n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const fan = () => structuredClone(DEFAULT_PLAYBOOKS.find((p) => p.kind === 'fan')!);
const ids = async () => (await listPlaybooks(db)).map((p) => p.id);

describe('playbook store', () => {
  it('lists the defaults when nothing is stored, without writing them', async () => {
    const stored = await readPlaybooks(db);
    expect(stored.isDefault).toBe(true);
    expect(stored.playbooks).toEqual(DEFAULT_PLAYBOOKS);
    expect(await db.playbooks.count()).toBe(0);
  });

  it('saves an edit, keeping every other default playbook', async () => {
    const edited = fan();
    edited.steps = ['Thank them.'];
    edited.templates[0]!.body = 'Hi {{firstName}}, thanks a million! {{signature}}';
    await savePlaybook(db, edited);
    const stored = await readPlaybooks(db);
    expect(stored.isDefault).toBe(false);
    expect(stored.playbooks).toHaveLength(DEFAULT_PLAYBOOKS.length);
    expect(stored.playbooks.find((p) => p.id === 'fan')).toEqual(edited);
    expect(await db.templates.count()).toBe(DEFAULT_PLAYBOOKS.reduce((sum, p) => sum + p.templates.length, 0));
  });

  it('removes templates dropped from a playbook on save', async () => {
    const edited = fan();
    edited.templates = edited.templates.slice(0, 2);
    await savePlaybook(db, edited);
    expect((await listPlaybooks(db)).find((p) => p.id === 'fan')!.templates.map((t) => t.id)).toEqual(
      fan()
        .templates.slice(0, 2)
        .map((t) => t.id),
    );
  });

  it('refuses an invalid playbook, naming the field, and stores nothing', async () => {
    const bad = fan();
    bad.templates[1]!.body = 'Hi {{nmae}}';
    await expect(savePlaybook(db, bad)).rejects.toThrow(/templates\[1\]\.body: unknown variable \{\{nmae\}\}/);
    expect(await db.playbooks.count()).toBe(0);
  });

  it('refuses a template id used by another playbook', async () => {
    const clash = fan();
    clash.templates[0]!.id = 'det-refund';
    await expect(savePlaybook(db, clash)).rejects.toThrow(/det-refund.*detractor/);
    expect((await listPlaybooks(db)).find((p) => p.id === 'fan')).toEqual(fan());
  });

  it('duplicates a playbook right after the original with fresh ids', async () => {
    const copy = await duplicatePlaybook(db, 'fan');
    expect(copy.id).toBe('fan-copy');
    expect(copy.name).toBe('Fan or praise (copy)');
    expect(copy.templates.map((t) => t.id)).toEqual(fan().templates.map((t) => `${t.id}-copy`));
    const order = await ids();
    expect(order[order.indexOf('fan') + 1]).toBe('fan-copy');
    expect((await duplicatePlaybook(db, 'fan')).id).toBe('fan-copy-2');
  });

  it('deletes a playbook and its templates', async () => {
    await deletePlaybook(db, 'fan');
    expect(await ids()).not.toContain('fan');
    expect(await db.templates.where('playbookId').equals('fan').count()).toBe(0);
  });

  it('reorders and moves playbooks', async () => {
    await reorderPlaybooks(db, ['fan', 'question']);
    expect((await ids()).slice(0, 3)).toEqual(['fan', 'question', 'troll']);
    await movePlaybook(db, 'question', -1);
    expect((await ids()).slice(0, 2)).toEqual(['question', 'fan']);
    await movePlaybook(db, 'question', -1); // already first: no change
    expect((await ids())[0]).toBe('question');
  });

  it('resets to the defaults', async () => {
    await deletePlaybook(db, 'fan');
    await resetToDefaults(db);
    expect(await listPlaybooks(db)).toEqual(DEFAULT_PLAYBOOKS);
  });

  it('reports a corrupt stored row without deleting it', async () => {
    await savePlaybook(db, fan());
    await db.templates.update('fan-thanks-short', { data: { id: 'fan-thanks-short', intent: 'thank', length: 'huge', body: 'x' } });
    const stored = await readPlaybooks(db);
    expect(stored.playbooks.map((p) => p.id)).not.toContain('fan');
    expect(stored.invalid).toEqual([{ id: 'fan', error: expect.stringMatching(/^templates\[0\]\.length/) }]);
    await savePlaybook(db, DEFAULT_PLAYBOOKS.find((p) => p.id === 'question')!);
    expect(await db.templates.get('fan-thanks-short')).toBeDefined();
  });
});

describe('import and export', () => {
  it('round-trips: export then import gives the same playbooks', async () => {
    const edited = fan();
    edited.name = 'Fans 💛 «RTL: شكرا»';
    await savePlaybook(db, edited);
    await duplicatePlaybook(db, 'detractor');
    const before = await listPlaybooks(db);
    const file = await exportPlaybooks(db, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(file)).toMatchObject({ format: 'replybook-playbooks', version: 1, exportedAt: '2026-01-02T03:04:05.000Z' });
    await resetToDefaults(db);
    expect(await importAll(db, file)).toEqual({ ok: true, count: before.length });
    expect(await listPlaybooks(db)).toEqual(before);
  });

  it('merges by id, keeping playbooks the file does not mention', async () => {
    const onlyFan = fan();
    onlyFan.name = 'Imported fans';
    expect(await importAll(db, serializePlaybooks([onlyFan]), 'merge')).toEqual({ ok: true, count: 1 });
    const list = await listPlaybooks(db);
    expect(list).toHaveLength(DEFAULT_PLAYBOOKS.length);
    expect(list.find((p) => p.id === 'fan')!.name).toBe('Imported fans');
  });

  it.each<[string, (file: { playbooks: Playbook[] }) => unknown, RegExp]>([
    [
      'a bad variable in one template',
      (f) => ((f.playbooks[3]!.templates[2]!.body = 'Hi {{ brand'), f),
      /^playbooks\[3\]\.templates\[2\]\.body \(template "[a-z-]+"\): not a valid template/,
    ],
    ['an unknown kind', (f) => (((f.playbooks[6] as { kind: string }).kind = 'vip'), f), /^playbooks\[6\]\.kind \(playbook "fan"\)/],
    ['a missing name', (f) => (delete (f.playbooks[0] as Partial<Playbook>).name, f), /^playbooks\[0\]\.name/],
    ['a duplicate playbook id', (f) => ((f.playbooks[1]!.id = f.playbooks[0]!.id), f), /^playbooks\[1\]\.id.*duplicate playbook id/],
    [
      'a template id used twice across playbooks',
      (f) => ((f.playbooks[2]!.templates[0]!.id = 'fan-thanks-short'), f),
      /^playbooks\[(2|6)\]\.templates\[0\]\.id.*another playbook/,
    ],
    [
      'a section tag',
      (f) => ((f.playbooks[4]!.templates[0]!.body = '{{#brand}}hi{{/brand}}'), f),
      /templates\[0\]\.body.*only \{\{variable\}\}/,
    ],
    ['an empty list', () => ({ playbooks: [] }), /^playbooks: the file holds no playbooks/],
    ['a wrong format tag', (f) => ({ ...f, format: 'something-else' }), /^format/],
  ])('rejects a whole file with %s, naming the field, and changes nothing', async (_name, spoil, expected) => {
    const edited = fan();
    edited.name = 'Keep me';
    await savePlaybook(db, edited);
    const before = await listPlaybooks(db);
    const file = spoil(JSON.parse(serializePlaybooks(structuredClone(DEFAULT_PLAYBOOKS))));
    const result = await importAll(db, JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(expected);
    expect(await listPlaybooks(db)).toEqual(before);
  });

  it('rolls back a merge that clashes with stored templates halfway through', async () => {
    await savePlaybook(db, fan());
    const before = await listPlaybooks(db);
    const renamed = { ...fan(), name: 'Written first, then rolled back' };
    const clashing = { ...fan(), id: 'fan-2', templates: [{ ...fan().templates[0]!, id: 'det-refund' }] };
    const result = await importAll(db, serializePlaybooks([renamed, clashing]), 'merge');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^nothing imported: .*det-refund/) });
    expect(await listPlaybooks(db)).toEqual(before);
  });

  it('rejects text that is not JSON', () => {
    expect(parsePlaybookImport('{"playbooks": [')).toEqual({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
    expect(parsePlaybookImport('42')).toEqual({ ok: false, error: expect.stringMatching(/playbooks/) });
  });

  it('accepts a bare array of playbooks', () => {
    const result = parsePlaybookImport(JSON.stringify([fan()]));
    expect(result).toEqual({ ok: true, data: [fan()] });
  });
});
