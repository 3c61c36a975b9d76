/**
 * Reply suggestions scored on a labelled set of comments and reviews.
 *
 *   npm run eval:replies                                    ../shared/data/replies/dev.jsonl
 *   npm run eval:replies -- --gold tests/replies/check-set.jsonl [--verbose]
 *   npm run eval:replies -- --gold tests/replies/blind3-set.jsonl --half even   (the held-out lines)
 *
 * Runs the same code as `npm run suggest` in-process (readItem, then suggestReplies with the
 * item's profile, parsed by parseProfileFile), items grouped by profile, and writes one
 * suggest-shaped line per gold line, in gold order, to a temp file. The scoring is the shared
 * scorer's (../shared/tools/replies/score.mjs): this script only prints what it says.
 */
import { draftToneOf } from '@/lib/playbooks/draft-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { classify } from '@/lib/classifier';
import { stableHash, suggestReplies } from '@/lib/playbooks/suggest';
import { readItem } from '@/lib/reading';
import { parseProfileFile, type Profile } from '@/lib/settings/schema';
import { SiteIdSchema } from '@/lib/sites/item';
import { suggestOutputLine } from './suggest-output';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const SCORER = join(SHARED, 'tools/replies/score.mjs');
const PROFILES_DIR = join(SHARED, 'data/replies/profiles');

const GoldItemSchema = z.object({
  id: z.string().min(1),
  profile: z.string().regex(/^[a-z0-9-]+$/u),
  site: SiteIdSchema,
  author: z.string().max(500).optional(),
  rating: z.number().min(0).max(10).optional(),
  text: z.string().max(100_000),
  expect: z.object({}).passthrough(),
});
type GoldItem = z.infer<typeof GoldItemSchema>;

function fail(message: string): never {
  process.stderr.write(`eval:replies: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  return args[at + 1] ?? fail(`${name} needs a value`);
}

function loadGold(file: string): GoldItem[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
  return raw
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim())
    .map(({ line, index }) => {
      const parsed = GoldItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) fail(`${file}:${index + 1}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

function loadProfile(id: string): Profile {
  const file = join(PROFILES_DIR, `${id}.json`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`profile ${id}: ${(error as Error).message}`);
  }
  const parsed = parseProfileFile(json);
  if (!parsed.ok) fail(`profile ${id}: ${parsed.error}`);
  return parsed.profile;
}

/** One line as scripts/suggest.ts prints it for this item. */
function suggestLine(item: GoldItem, profile: Profile, lineNumber: number): unknown {
  const ownWords = [profile.brand, profile.replierName, profile.dmHandle].filter(Boolean);
  try {
    const reading = readItem({ text: item.text, rating: item.rating, author: item.author }, { classify, ownWords });
    const result = suggestReplies({
      item: {
        id: item.id || `cli-${stableHash(`${item.site}\u0000${item.author ?? ''}\u0000${item.text}`).toString(36)}`,
        site: item.site,
        text: item.text,
        author: item.author,
        rating: item.rating,
      },
      labels: reading,
      site: item.site,
      profile,
      toneOf: draftToneOf(classify),
    });
    return suggestOutputLine(lineNumber, reading, result);
  } catch (error) {
    return { error: (error as Error).message, line: lineNumber };
  }
}

const args = process.argv.slice(2);
const known = new Set(['--gold', '--verbose', '--keep', '--half']);
const unknown = args.find((arg, i) => arg.startsWith('-') && !known.has(arg) && args[i - 1] !== '--gold' && args[i - 1] !== '--half');
const usage = 'usage: npm run eval:replies [-- --gold FILE] [--half odd|even] [--verbose]';
if (unknown) fail(`unknown option ${unknown}\n${usage}`);
const half = option(args, '--half');
if (half !== undefined && half !== 'odd' && half !== 'even') fail(`--half takes odd or even\n${usage}`);
const sourceGold = resolve(option(args, '--gold') ?? join(SHARED, 'data/replies/dev.jsonl'));
const workDir = mkdtempSync(join(tmpdir(), 'replybook-eval-replies-'));
// A split set (tests/replies/blind3-set.jsonl): its odd lines were read, its even lines are held out.
const goldFile = half === undefined ? sourceGold : join(workDir, `gold-${half}.jsonl`);
if (half !== undefined) {
  const kept = readFileSync(sourceGold, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .filter((_, index) => index % 2 === (half === 'odd' ? 0 : 1));
  writeFileSync(goldFile, `${kept.join('\n')}\n`);
}
const gold = loadGold(goldFile);

const lines: unknown[] = new Array(gold.length);
const byProfile = new Map<string, number[]>();
gold.forEach((item, index) => byProfile.set(item.profile, [...(byProfile.get(item.profile) ?? []), index]));
for (const [profileId, indexes] of byProfile) {
  const profile = loadProfile(profileId);
  for (const index of indexes) lines[index] = suggestLine(gold[index]!, profile, index + 1);
}

const outFile = join(workDir, 'suggest.jsonl');
writeFileSync(outFile, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
const scorerArgs = [SCORER, goldFile, outFile, '--profiles', PROFILES_DIR, ...(args.includes('--verbose') ? ['--verbose'] : [])];
const run = spawnSync(process.execPath, scorerArgs, { stdio: 'inherit' });
if (run.status !== 0) fail(`the scorer exited with ${run.status ?? run.signal}`);
console.log(`suggest output: ${outFile}`);
