// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 15: lib/classifier holds only what the extension runs. Training code and the loaders
// that read files live in scripts/classifier; nothing here may import Node modules or scripts/.
describe('lib/classifier layout', () => {
  it('has no module (tests aside) that imports node: modules or anything under scripts/', () => {
    const dir = resolve('lib/classifier');
    const offenders: string[] = [];
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const source = readFileSync(join(dir, file), 'utf8');
      for (const m of source.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|\brequire\(\s*'([^']+)'\s*\)/g)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? '';
        if (spec.startsWith('node:') || /(^|\/)scripts\//.test(spec) || ['fs', 'path', 'child_process', 'os'].includes(spec))
          offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
