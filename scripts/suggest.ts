/**
 * Reply suggestions from the command line.
 *
 *   echo '{"text":"My order came late","site":"x","author":"Jane Doe"}' | npm run --silent suggest
 *   npm run --silent suggest -- --profile settings.json < items.jsonl
 *
 * Reads JSON lines on stdin, each {text, site?, author?, rating?, id?}. Prints one JSON
 * line per input line: labels, the playbook (id, name, steps) and three suggestions
 * rendered with the sample profile or the one from --profile. A bad line prints
 * {"error", "line"} and the run goes on. Lines with the same site are treated as one
 * page: a template already suggested first there is not offered first again.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { classify } from '@/lib/classifier';
import { LabelsSchema } from '@/lib/classifier/labels';
import { stableHash, suggestReplies } from '@/lib/playbooks/suggest';
import { parseProfileFile, SAMPLE_PROFILE, type Profile } from '@/lib/settings/schema';
import { SiteIdSchema } from '@/lib/sites/item';

const InputLineSchema = z.object({
  text: z.string().max(100_000),
  site: SiteIdSchema.optional(),
  author: z.string().max(500).optional(),
  rating: z.number().min(0).max(10).optional(),
  ratingMax: z.number().min(1).max(10).optional(),
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
  const usedOnPage = new Map<string, { templateIds: string[]; texts: string[] }>();

  let lineNumber = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (!raw.trim()) continue;
    let output: unknown;
    try {
      const input = InputLineSchema.parse(JSON.parse(raw));
      const site = input.site ?? 'generic';
      const labels = LabelsSchema.parse(classify(input.text));
      const page = usedOnPage.get(site) ?? { templateIds: [], texts: [] };
      const item = {
        id: input.id ?? `cli-${stableHash(`${site}\u0000${input.author ?? ''}\u0000${input.text}`).toString(36)}`,
        site,
        text: input.text,
        author: input.author,
        rating: input.rating,
        ratingMax: input.ratingMax,
      };
      const result = suggestReplies({
        item,
        labels,
        site,
        profile,
        history: { usedOnPage: page.templateIds, textsOnPage: page.texts },
        toneOf: (text) => classify(text).tone,
      });
      const top = result.suggestions[0];
      if (top) {
        page.templateIds.push(top.templateId);
        page.texts.push(top.text);
        usedOnPage.set(site, page);
      }
      output = {
        line: lineNumber,
        labels: { tone: labels.tone, flags: labels.flags, topics: labels.topics },
        playbook: {
          id: result.playbook.id,
          name: result.playbook.name,
          steps: result.playbook.steps,
          engage: result.playbook.engage,
          ...(result.notice ? { notice: result.notice } : {}),
        },
        suggestions: result.suggestions.map(({ templateId, text, intent, why, warnings, unfilled }) => ({
          templateId,
          text,
          intent,
          why,
          warnings,
          unfilled,
        })),
      };
    } catch (error) {
      output = { error: describeError(error), line: lineNumber };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
}

main().catch((error: unknown) => fail((error as Error).stack ?? String(error)));
