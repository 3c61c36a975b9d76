import { z } from 'zod';
import { PLAYBOOK_EXPORT_FORMAT, PlaybookExportSchema, type Playbook } from './schema';

/** Files bigger than this are refused before parsing (a playbook file is a few kB). */
export const MAX_IMPORT_BYTES = 5_000_000;

export type PlaybookImportResult = { ok: true; data: Playbook[] } | { ok: false; error: string };

/** The JSON the editor saves: pretty-printed, with a format tag and version. */
export function serializePlaybooks(playbooks: Playbook[], now = new Date()): string {
  const file = { format: PLAYBOOK_EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), playbooks };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "playbooks[2].templates[0].body" from a Zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** The first problem of a Zod error as "field.path: message", naming the playbook or template involved. */
export function describeZodError(error: z.ZodError, input?: unknown): string {
  const issue = error.issues[0]!;
  const where = formatIssuePath(issue.path) || '(file)';
  let label = '';
  const [, playbookIndex, , templateIndex] = issue.path;
  if (issue.path[0] === 'templates' && typeof playbookIndex === 'number' && input && typeof input === 'object') {
    const template = (input as { templates?: { id?: unknown }[] }).templates?.[playbookIndex];
    if (typeof template?.id === 'string' && template.id) label = ` (template "${template.id}")`;
  }
  if (issue.path[0] === 'playbooks' && typeof playbookIndex === 'number' && input && typeof input === 'object') {
    const playbook = (input as { playbooks?: unknown[] }).playbooks?.[playbookIndex] as
      | { id?: unknown; templates?: { id?: unknown }[] }
      | undefined;
    const template = typeof templateIndex === 'number' ? playbook?.templates?.[templateIndex] : undefined;
    if (typeof template?.id === 'string') label = ` (template "${template.id}")`;
    else if (typeof playbook?.id === 'string') label = ` (playbook "${playbook.id}")`;
  }
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${where}${label}: ${issue.message}${more}`;
}

/**
 * Reads an exported playbook file. All or nothing: one bad field rejects the whole file,
 * and the error names that field. Accepts the export file, `{playbooks: [...]}` or a bare array.
 */
export function parsePlaybookImport(json: string | unknown): PlaybookImportResult {
  let value: unknown = json;
  if (typeof json === 'string') {
    if (json.length > MAX_IMPORT_BYTES) return { ok: false, error: `file too large (over ${MAX_IMPORT_BYTES / 1_000_000} MB)` };
    try {
      value = JSON.parse(json);
    } catch (error) {
      return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
    }
  }
  if (Array.isArray(value)) value = { playbooks: value };
  if (!value || typeof value !== 'object') return { ok: false, error: 'expected an object with a "playbooks" list' };
  const withDefaults = { format: PLAYBOOK_EXPORT_FORMAT, version: 1, ...(value as object) };
  const parsed = PlaybookExportSchema.safeParse(withDefaults);
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error, withDefaults) };
  return { ok: true, data: parsed.data.playbooks };
}
