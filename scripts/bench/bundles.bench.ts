// Size of what the extension ships: each content script (goal: under 40 KB gzipped
// each), the background, the pages' chunks. Reads the Chrome build in .output/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '../../.output/chrome-mv3');
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(js|json|css|html)$/.test(name)) files.push(path);
  }
};
walk(root);

const rows = files
  .map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('file'.padEnd(56), 'raw'.padStart(10), 'gzip'.padStart(10), '  goal');
for (const row of rows) {
  const isContent = row.file.startsWith('content-scripts/');
  const goal = isContent ? (row.gzip < 40 * 1024 ? '  < 40 KB gz: met' : '  < 40 KB gz: MISSED') : '';
  console.log(row.file.padEnd(56), kb(row.raw).padStart(10), kb(row.gzip).padStart(10), goal);
}
const total = rows.reduce((sum, r) => sum + r.raw, 0);
console.log(`total unpacked: ${kb(total)}`);
