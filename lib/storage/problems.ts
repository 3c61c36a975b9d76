import Dexie from 'dexie';
import type { z } from 'zod';
import type { ReplybookDB } from './db';
import { describeZodError } from './schemas';

export type StorageProblemKind = 'quota' | 'blocked' | 'versionchange' | 'invalid' | 'transaction' | 'not-found' | 'cancelled' | 'unknown';

/** What went wrong with storage, worded for the user. Nothing was half-written. */
export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
}

/** Thrown by storage functions for problems the user must see (bad input, missing row). */
export class StorageProblemError extends Error {
  readonly problem: StorageProblem;
  constructor(problem: StorageProblem) {
    super(problem.message);
    this.name = 'StorageProblemError';
    this.problem = problem;
  }
}

function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner } = error as { name?: string; inner?: unknown };
  // Dexie wraps the DOMException (QuotaExceededError) and keeps it as `inner`;
  // inside a transaction the abort surfaces as AbortError with the quota error inside.
  return name === 'QuotaExceededError' || (inner !== undefined && inner !== error && isQuotaError(inner));
}

/** Turn anything storage threw into a message object the UI can show. */
export function toStorageProblem(error: unknown): StorageProblem {
  if (error instanceof StorageProblemError) return error.problem;
  if (isQuotaError(error)) {
    return {
      kind: 'quota',
      message:
        'The browser has no room left for Replybook’s log. Nothing was changed. Export your data, then free disk space or delete old entries.',
    };
  }
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'BlockedError' || name === Dexie.errnames.DatabaseClosed) {
    return {
      kind: 'blocked',
      message: 'Another Replybook tab is holding the old version of the database. Close the other Replybook tabs, then reload this one.',
    };
  }
  if (name === Dexie.errnames.Version) {
    return {
      kind: 'versionchange',
      message: 'This database was made by a newer Replybook. Update the extension or reload this page.',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (name && /Abort|Transaction|Constraint|Bulk/i.test(name)) {
    return { kind: 'transaction', message: `Saving failed and was undone, so nothing was lost. (${detail})` };
  }
  return { kind: 'unknown', message: `Storage error: ${detail}` };
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/** Run a storage call and return its value or a StorageProblem, never a raw throw. */
export async function attempt<T>(run: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, problem: toStorageProblem(error) };
  }
}

/**
 * Watch for another context upgrading the schema (or being blocked by us): close
 * our connection so the upgrade can go on, and tell the user to reload.
 * Returns a function that stops watching.
 */
export function watchVersionChanges(db: ReplybookDB, onProblem: (problem: StorageProblem) => void): () => void {
  const onVersionChange = () => {
    db.close();
    onProblem({ kind: 'versionchange', message: 'Replybook was updated in another tab. Reload this page to go on.' });
    return false;
  };
  const onBlocked = () => {
    onProblem({
      kind: 'blocked',
      message:
        'Replybook is waiting for another Replybook tab to close its old database connection. Close other Replybook tabs or reload them.',
    });
  };
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}

/** Ask the browser not to evict our data under storage pressure. */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  return navigator.storage.persist();
}

export async function isPersisted(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return false;
  return navigator.storage.persisted();
}

export interface StorageUsage {
  usage?: number;
  quota?: number;
}

export async function storageUsage(): Promise<StorageUsage> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return {};
  const { usage, quota } = await navigator.storage.estimate();
  return { ...(usage !== undefined ? { usage } : {}), ...(quota !== undefined ? { quota } : {}) };
}

/** The parsed input, or a StorageProblemError (kind 'invalid') naming the bad field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, root = ''): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new StorageProblemError({ kind: 'invalid', message: describeZodError(result.error, root) });
  }
  return result.data;
}
