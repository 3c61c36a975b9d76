// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the real CLI (real classifier, real playbooks) as a user would.
function runSuggest(lines: string[], args: string[] = []) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/suggest.ts', ...args], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const outputs = result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, any>);
  return { status: result.status, stderr: result.stderr, outputs };
}

const COMPLAINT = JSON.stringify({
  text: 'My order arrived two weeks late and the cup was cold. Really disappointed.',
  site: 'yelp',
  author: 'Jane Doe',
  rating: 1,
});

describe('npm run suggest', () => {
  it('prints labels, the playbook and three rendered suggestions per line, with the sample profile', () => {
    const { status, outputs } = runSuggest([COMPLAINT]);
    expect(status).toBe(0);
    expect(outputs).toHaveLength(1);
    const [out] = outputs;
    expect(out!.labels).toEqual({
      tone: 'negative',
      flags: expect.arrayContaining(['complaint']),
      topics: expect.any(Array),
      language: 'en',
      languageConfidence: expect.any(Number),
    });
    expect(out!.reading).toMatchObject({
      questions: [],
      points: expect.any(Array),
      stars: 1,
      reasons: expect.arrayContaining(['1 of 5 stars']),
    });
    expect(out!.playbook).toMatchObject({
      id: 'low-star',
      family: 'complaint',
      name: expect.any(String),
      steps: expect.any(Array),
      replyLanguage: 'en',
    });
    expect(out!.suggestions).toHaveLength(3);
    for (const suggestion of out!.suggestions) {
      expect(suggestion).toMatchObject({
        templateId: expect.any(String),
        text: expect.stringContaining('Jane'),
        warnings: expect.any(Array),
      });
      expect(suggestion.text).toMatch(/Harbor|Maya|harborpine/);
    }
  });

  it('answers a bad line with an error line and goes on', () => {
    const { status, outputs } = runSuggest([COMPLAINT, '{not json', JSON.stringify({ site: 'x' }), '', COMPLAINT]);
    expect(status).toBe(0);
    expect(outputs).toHaveLength(4);
    expect(outputs[1]).toEqual({ error: expect.stringMatching(/JSON/), line: 2 });
    expect(outputs[2]).toEqual({ error: expect.stringMatching(/^text: /), line: 3 });
    expect(outputs[3]!.line).toBe(5);
    expect(outputs[3]!.suggestions.length).toBeGreaterThan(0);
  });

  it('gives no suggestions for an abusive line, and says why', () => {
    const { outputs } = runSuggest([
      JSON.stringify({ text: 'You are a worthless idiot, shut up and go to hell, scum.', site: 'facebook' }),
    ]);
    expect(outputs[0]!.labels.flags).toContain('abusive');
    expect(outputs[0]!.suggestions).toEqual([]);
    expect(outputs[0]!.playbook.id).toBe('troll');
    expect(outputs[0]!.playbook.notice).toMatch(/report/i);
  });

  it('renders with --profile from a bare profile, {profile} or a settings export', () => {
    const dir = mkdtempSync(join(tmpdir(), 'suggest-'));
    const profile = { brand: 'Bluebell Bakery', replierName: 'Omar', signature: '— Omar at Bluebell', email: 'omar@bluebell.example' };
    for (const [name, content] of Object.entries({
      bare: profile,
      wrapped: { profile },
      exported: { format: 'replybook-export', settings: { profile, followUpDays: 3 } },
    })) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(content));
      const { status, outputs } = runSuggest([COMPLAINT], ['--profile', file]);
      expect(status, name).toBe(0);
      const texts = outputs[0]!.suggestions.map((s: { text: string }) => s.text).join('\n');
      expect(texts, name).toMatch(/Bluebell|Omar/);
      expect(texts, name).not.toMatch(/Harbor/);
    }
  });

  it('refuses an invalid --profile with a clear error naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'suggest-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ profile: { brand: 'B', email: 'not an email' } }));
    const { status, stderr, outputs } = runSuggest([COMPLAINT], ['--profile', file]);
    expect(status).toBe(2);
    expect(outputs).toEqual([]);
    expect(stderr).toMatch(/profile\.email: enter an email/);
  });
});
