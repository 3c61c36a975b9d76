// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplybookDB } from './db';
import { toStorageProblem, watchVersionChanges, type StorageProblem } from './problems';

let name = '';
afterEach(async () => {
  if (name) await Dexie.delete(name);
});

describe('toStorageProblem', () => {
  it('recognises quota errors, raw and wrapped by Dexie', () => {
    expect(toStorageProblem(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(toStorageProblem(new Dexie.QuotaExceededError('full')).kind).toBe('quota');
    const aborted = new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'));
    expect(toStorageProblem(aborted).kind).toBe('quota');
    expect(toStorageProblem(new Dexie.AbortError('aborted')).kind).toBe('transaction');
    expect(toStorageProblem(new Error('boom'))).toEqual({ kind: 'unknown', message: 'Storage error: boom' });
  });
});

describe('watchVersionChanges', () => {
  it('closes our connection and tells the user when another tab upgrades the schema', async () => {
    name = 'test-' + crypto.randomUUID();
    const db = new ReplybookDB(name);
    await db.open();
    const problems: StorageProblem[] = [];
    watchVersionChanges(db, (problem) => problems.push(problem));
    const newer = new Dexie(name);
    newer.version(30).stores({ responses: 'id' });
    await newer.open();
    expect(newer.verno).toBe(30);
    expect(db.isOpen()).toBe(false);
    expect(problems).toEqual([{ kind: 'versionchange', message: expect.stringMatching(/another tab/) }]);
    newer.close();
  });
});
