/**
 * Reply suggestions from the command line.
 *
 *   echo '{"text":"My order came late","site":"x","author":"Jane Doe"}' | npm run --silent suggest
 *   npm run --silent suggest -- --profile settings.json < items.jsonl
 *
 * Reads JSON lines on stdin, each {text, site?, author?, rating?, ratingMax?, title?, id?}.
 * Prints one JSON line per input line: `labels` (tone, flags, topics, language,
 * languageConfidence), the reading's fields (questions, points, stars, reasons), the
 * playbook (id, name, family, steps, engage, notice?, languageNote?) and up to three
 * composed suggestions (plus none of the user's templates: the CLI uses the shipped
 * playbooks), written with the sample profile or the one from --profile. Each line is
 * answered on its own. A bad line prints {"error", "line"} and the run goes on.
 */
import { draftToneOf } from '@/lib/playbooks/draft-check';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import { stableHash, suggestReplies } from '@/lib/playbooks/suggest';
import { parseProfileFile, SAMPLE_PROFILE, type Profile } from '@/lib/settings/schema';
import { SiteIdSchema } from '@/lib/sites/item';
import { suggestOutputLine } from './suggest-output';

const InputLineSchema = z.object({
  text: z.string().max(100_000),
  site: SiteIdSchema.optional(),
  author: z.string().max(500).optional(),
  rating: z.number().min(0).max(10).optional(),
  ratingMax: z.number().min(1).max(10).optional(),
  title: z.string().max(2000).optional(),
  id: z.string().min(1).max(2048).optional(),
});

const USAGE = `usage: npm run --silent suggest [-- --profile FILE] < items.jsonl
  each input line: {"text": "...", "site"?: "x", "author"?: "Jane Doe", "rating"?: 2}
  --profile FILE   a profile JSON: bare, {"profile": {...}} or the dashboard export with "settings"`;

function fail(message: string): never {
  process.stderr.write(`suggest: ${message}\n`);
  process.exit(2);
}

function readProfile(args: string[]): Profile {
  const at = args.indexOf('--profile');
  if (at === -1) return SAMPLE_PROFILE;
  const file = args[at + 1];
  if (!file) fail('--profile needs a file name');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`--profile ${file}: ${(error as Error).message}`);
  }
  const parsed = parseProfileFile(json);
  if (!parsed.ok) fail(`--profile ${file}: ${parsed.error}`);
  return parsed.profile;
}

function describeError(error: unknown): string {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0]!;
    return `${issue.path.join('.') || 'line'}: ${issue.message}`;
  }
  return (error as Error).message;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const unknown = args.filter((arg, index) => arg.startsWith('-') && arg !== '--profile' && args[index - 1] !== '--profile');
  if (unknown.length > 0) fail(`unknown option ${unknown[0]}\n${USAGE}`);
  const profile = readProfile(args);
  const ownWords = [profile.brand, profile.replierName, profile.dmHandle].filter(Boolean);

  let lineNumber = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (!raw.trim()) continue;
    let output: unknown;
    try {
      const input = InputLineSchema.parse(JSON.parse(raw));
      const site = input.site ?? 'generic';
      const reading = readItem(
        { text: input.text, title: input.title, rating: input.rating, ratingMax: input.ratingMax, author: input.author },
        { classify, ownWords },
      );
      const item = {
        id: input.id ?? `cli-${stableHash(`${site}\u0000${input.author ?? ''}\u0000${input.text}`).toString(36)}`,
        site,
        text: input.text,
        title: input.title,
        author: input.author,
        rating: input.rating,
        ratingMax: input.ratingMax,
      };
      const result = suggestReplies({ item, labels: reading, site, profile, toneOf: draftToneOf(classify) });
      output = suggestOutputLine(lineNumber, reading, result);
    } catch (error) {
      output = { error: describeError(error), line: lineNumber };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
}

main().catch((error: unknown) => fail((error as Error).stack ?? String(error)));
