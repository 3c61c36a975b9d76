import { getDb, type PlaybookRow, type ReplybookDB, type TemplateRow } from '@/lib/storage/db';
import { DEFAULT_PLAYBOOKS } from './defaults';
import { describeZodError, parsePlaybookImport, serializePlaybooks } from './io';
import { PlaybookSchema, type Playbook, type PlaybookHeader } from './schema';

/*
 * Playbooks live in two Dexie tables: `playbooks` (one row per playbook, `data` = the
 * playbook without its templates) and `templates` (one row per template). Rows are
 * validated on read; a row that fails is reported and left untouched, never deleted.
 * When nothing is stored the shipped defaults are listed; the first edit stores them.
 */

export interface StoredPlaybooks {
  playbooks: Playbook[];
  /** Stored playbooks that no longer pass the schema: shown to the user, kept in the database. */
  invalid: { id: string; error: string }[];
  /** True when nothing is stored and the list is the shipped defaults. */
  isDefault: boolean;
}

function headerOf(playbook: Playbook): PlaybookHeader {
  const { templates: _templates, ...header } = playbook;
  return header;
}

function rowsFor(playbook: Playbook, order: number, now: number): { playbook: PlaybookRow; templates: TemplateRow[] } {
  return {
    playbook: { id: playbook.id, order, data: headerOf(playbook), updatedAt: now },
    templates: playbook.templates.map((template, index) => ({
      id: template.id,
      playbookId: playbook.id,
      order: index,
      data: template,
      updatedAt: now,
    })),
  };
}

function assemble(playbookRows: PlaybookRow[], templateRows: TemplateRow[]): Omit<StoredPlaybooks, 'isDefault'> {
  const playbooks: Playbook[] = [];
  const invalid: StoredPlaybooks['invalid'] = [];
  const byPlaybook = new Map<string, TemplateRow[]>();
  for (const row of templateRows) byPlaybook.set(row.playbookId, [...(byPlaybook.get(row.playbookId) ?? []), row]);
  for (const row of [...playbookRows].sort((a, b) => a.order - b.order)) {
    const templates = (byPlaybook.get(row.id) ?? []).sort((a, b) => a.order - b.order).map((t) => t.data);
    const candidate = { ...(row.data && typeof row.data === 'object' ? row.data : {}), templates };
    const parsed = PlaybookSchema.safeParse(candidate);
    if (parsed.success) playbooks.push(parsed.data);
    else invalid.push({ id: row.id, error: describeZodError(parsed.error) });
  }
  return { playbooks, invalid };
}

/** Stored playbooks in order with any invalid rows reported; the defaults when none are stored. */
export async function readPlaybooks(db: ReplybookDB): Promise<StoredPlaybooks> {
  return db.transaction('r', db.playbooks, db.templates, async () => {
    const [playbookRows, templateRows] = await Promise.all([db.playbooks.toArray(), db.templates.toArray()]);
    if (playbookRows.length === 0) return { playbooks: DEFAULT_PLAYBOOKS, invalid: [], isDefault: true };
    return { ...assemble(playbookRows, templateRows), isDefault: false };
  });
}

/** The playbooks to use, in order (defaults when none are stored). */
export async function listPlaybooks(db: ReplybookDB): Promise<Playbook[]> {
  return (await readPlaybooks(db)).playbooks;
}

/** Stores the defaults if nothing is stored yet, so an edit applies to a full list. Call inside a rw transaction. */
async function ensureSeeded(db: ReplybookDB, now: number): Promise<void> {
  if ((await db.playbooks.count()) > 0) return;
  const rows = DEFAULT_PLAYBOOKS.map((playbook, order) => rowsFor(playbook, order, now));
  await db.playbooks.bulkPut(rows.map((row) => row.playbook));
  await db.templates.bulkPut(rows.flatMap((row) => row.templates));
}

async function writePlaybook(db: ReplybookDB, playbook: Playbook, order: number, now: number): Promise<void> {
  const clash = await db.templates
    .where('id')
    .anyOf(playbook.templates.map((t) => t.id))
    .filter((row) => row.playbookId !== playbook.id)
    .first();
  if (clash) throw new Error(`template id "${clash.id}" is already used in playbook "${clash.playbookId}"`);
  const rows = rowsFor(playbook, order, now);
  await db.templates.where('playbookId').equals(playbook.id).delete();
  await db.playbooks.put(rows.playbook);
  await db.templates.bulkPut(rows.templates);
}

/** Creates or replaces one playbook (and its templates). Throws with the failing field when invalid. */
export async function savePlaybook(db: ReplybookDB, playbook: unknown, now = Date.now()): Promise<Playbook> {
  const parsed = PlaybookSchema.safeParse(playbook);
  if (!parsed.success) throw new Error(describeZodError(parsed.error));
  const valid = parsed.data;
  await db.transaction('rw', db.playbooks, db.templates, async () => {
    await ensureSeeded(db, now);
    const existing = await db.playbooks.get(valid.id);
    const order = existing?.order ?? ((await db.playbooks.orderBy('order').last())?.order ?? -1) + 1;
    await writePlaybook(db, valid, order, now);
  });
  return valid;
}

function freeId(base: string, taken: Set<string>): string {
  const stem = base.slice(0, 70);
  if (!taken.has(`${stem}-copy`)) return `${stem}-copy`;
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}-copy-${n}`)) return `${stem}-copy-${n}`;
}

/** Copies a playbook and its templates under new ids, placed right after the original. */
export async function duplicatePlaybook(db: ReplybookDB, id: string, now = Date.now()): Promise<Playbook> {
  return db.transaction('rw', db.playbooks, db.templates, async () => {
    await ensureSeeded(db, now);
    const { playbooks } = assemble(await db.playbooks.toArray(), await db.templates.toArray());
    const original = playbooks.find((p) => p.id === id);
    if (!original) throw new Error(`no valid playbook "${id}" to duplicate`);
    const takenPlaybooks = new Set((await db.playbooks.toCollection().primaryKeys()) as string[]);
    const takenTemplates = new Set((await db.templates.toCollection().primaryKeys()) as string[]);
    const copy: Playbook = {
      ...original,
      id: freeId(original.id, takenPlaybooks),
      name: `${original.name} (copy)`.slice(0, 100),
      templates: original.templates.map((template) => {
        const newId = freeId(template.id, takenTemplates);
        takenTemplates.add(newId);
        return { ...template, id: newId };
      }),
    };
    const rows = await db.playbooks.orderBy('order').toArray();
    const at = rows.findIndex((row) => row.id === id);
    rows.splice(at + 1, 0, { id: copy.id, order: 0, data: headerOf(copy), updatedAt: now });
    await db.templates.bulkPut(rowsFor(copy, 0, now).templates);
    await db.playbooks.bulkPut(rows.map((row, order) => ({ ...row, order })));
    return copy;
  });
}

/** Deletes a playbook and its templates. */
export async function deletePlaybook(db: ReplybookDB, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.playbooks, db.templates, async () => {
    await ensureSeeded(db, now);
    await db.templates.where('playbookId').equals(id).delete();
    await db.playbooks.delete(id);
  });
}

/** Puts playbooks in the given order; ids not listed keep their relative order after those listed. */
export async function reorderPlaybooks(db: ReplybookDB, ids: string[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.playbooks, db.templates, async () => {
    await ensureSeeded(db, now);
    const rows = await db.playbooks.orderBy('order').toArray();
    const rank = (id: string) => (ids.includes(id) ? ids.indexOf(id) : ids.length);
    const sorted = rows.map((row, index) => ({ row, index })).sort((a, b) => rank(a.row.id) - rank(b.row.id) || a.index - b.index);
    await db.playbooks.bulkPut(sorted.map(({ row }, order) => ({ ...row, order })));
  });
}

/** Moves one playbook up (-1) or down (+1). Earlier playbooks win when two share a kind. */
export async function movePlaybook(db: ReplybookDB, id: string, delta: -1 | 1, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.playbooks, db.templates, async () => {
    await ensureSeeded(db, now);
    const ids = (await db.playbooks.orderBy('order').toArray()).map((row) => row.id);
    const at = ids.indexOf(id);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    await reorderPlaybooks(db, ids, now);
  });
}

/** Forgets every edit: the shipped defaults are listed again. */
export async function resetToDefaults(db: ReplybookDB): Promise<void> {
  await db.transaction('rw', db.playbooks, db.templates, async () => {
    await db.templates.clear();
    await db.playbooks.clear();
  });
}

export type ImportMode = 'replace' | 'merge';

/**
 * Imports a playbook file in one transaction. `replace` swaps the whole list; `merge`
 * adds or updates the file's playbooks by id and keeps the rest. A bad file, or a clash
 * found while writing, changes nothing.
 */
export async function importAll(
  db: ReplybookDB,
  file: string | unknown,
  mode: ImportMode = 'replace',
  now = Date.now(),
): Promise<{ ok: true; count: number } | { ok: false; error: string }> {
  const parsed = parsePlaybookImport(file);
  if (!parsed.ok) return parsed;
  try {
    await db.transaction('rw', db.playbooks, db.templates, async () => {
      if (mode === 'replace') {
        await db.templates.clear();
        await db.playbooks.clear();
      } else {
        await ensureSeeded(db, now);
      }
      let next = ((await db.playbooks.orderBy('order').last())?.order ?? -1) + 1;
      for (const playbook of parsed.data) {
        const existing = await db.playbooks.get(playbook.id);
        await writePlaybook(db, playbook, existing?.order ?? next++, now);
      }
    });
  } catch (error) {
    return { ok: false, error: `nothing imported: ${(error as Error).message}` };
  }
  return { ok: true, count: parsed.data.length };
}

/** Everything the user has (or the defaults), as the JSON file the editor downloads. */
export async function exportPlaybooks(db: ReplybookDB = getDb(), now = new Date()): Promise<string> {
  return serializePlaybooks(await listPlaybooks(db), now);
}
