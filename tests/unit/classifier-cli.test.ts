// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The real CLI, spawned as a user would run it (tsx, stdin → stdout).
function runCli(stdin: string): { lines: Record<string, unknown>[]; status: number | null; stderr: string } {
  const result = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/classify.ts'], {
    input: stdin,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  const lines = result.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { lines, status: result.status, stderr: result.stderr };
}

describe('scripts/classify.ts', () => {
  it('answers every line in order, with errors for bad lines, and goes on', () => {
    const big = 'terrible '.repeat(120_000); // ~1 MB
    const input = [
      JSON.stringify({ id: 'a', text: 'I love this place', rating: 5 }),
      '{"text": "unterminated',
      JSON.stringify({ id: 'c', text: '' }),
      JSON.stringify({ id: 'd', text: big }),
      '{"id": "e", "text": "lone \\ud800 surrogate"}',
      JSON.stringify({ id: 'f', text: 'هذا المنتج سيء جدا' }),
      JSON.stringify({ id: 'g', text: 42 }),
      '[1, 2]',
      '',
      JSON.stringify({ id: 'i', text: '\u0000\u0001\u00ff binary junk \ufffe' }),
      JSON.stringify({ id: 'j', text: 'Where is my refund?' }), // last line, no newline
    ].join('\n');
    const { lines, status } = runCli(input);
    expect(status).toBe(0);
    // The blank line (9) is skipped; every other line gets exactly one answer.
    expect(lines).toHaveLength(10);
    expect(lines.map((l) => l.id ?? `error@${String(l.line)}`)).toEqual([
      'a',
      'error@2',
      'c',
      'd',
      'e',
      'f',
      'error@7',
      'error@8',
      'i',
      'j',
    ]);
    expect(lines[0]).toMatchObject({ id: 'a', rating: 5, tone: 'positive' });
    for (const l of lines.filter((x) => x.id !== undefined)) {
      expect(l).toHaveProperty('tone');
      expect(Object.keys(l.scores as object).sort()).toEqual(['negative', 'neutral', 'positive']);
      expect(Array.isArray(l.flags) && Array.isArray(l.topics) && Array.isArray(l.reasons)).toBe(true);
    }
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(String(lines[1]!.error)).toMatch(/not JSON/);
    expect(String(lines[6]!.error)).toMatch(/"text" must be a string/);
    expect(String(lines[7]!.error)).toMatch(/JSON object/);
    expect(lines[3]!.tone).toBe('negative');
    expect(lines[9]!.flags).toEqual(expect.arrayContaining(['question', 'refund']));
  });

  it('handles CRLF input and an empty stdin', () => {
    expect(runCli('{"text":"ok"}\r\n{"text":"bad"}\r\n').lines).toHaveLength(2);
    expect(runCli('').lines).toEqual([]);
  });
});
