/**
 * Labels JSON lines from stdin, one answer line per input line, in order:
 *
 *   npm run --silent classify < comments.jsonl > labelled.jsonl
 *
 * Input: one JSON object per line with a string `text`, and optionally `rating` and `ratingMax`
 * (stars on the site's scale); other fields are passed through.
 * Output: the input's fields plus the reading (lib/reading): language, languageConfidence,
 * tone, scores, flags, questions, points, topics and reasons (and stars, on a five-star scale,
 * when a rating was given). A line that is not
 * a JSON object with a string `text` gets {"error": "...", "line": N} and the run goes on.
 * Blank lines (only whitespace) are skipped: they produce no output line.
 */
import { createInterface } from 'node:readline';
import { classify } from '../lib/classifier/index';
import { readItem } from '../lib/reading/index';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The output line for input line number `lineNumber` (1-based). */
export function answerLine(line: string, lineNumber: number): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return JSON.stringify({ error: `not JSON: ${reason}`, line: lineNumber });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return JSON.stringify({ error: `expected a JSON object, got ${describe(parsed)}`, line: lineNumber });
  }
  const record = parsed as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    return JSON.stringify({
      error: `field "text" must be a string, got ${record.text === undefined ? 'nothing' : describe(record.text)}`,
      line: lineNumber,
    });
  }
  const rating = typeof record.rating === 'number' && Number.isFinite(record.rating) ? record.rating : undefined;
  const ratingMax = typeof record.ratingMax === 'number' && record.ratingMax > 0 ? record.ratingMax : undefined;
  try {
    const reading = readItem({ text: record.text, rating, ratingMax }, { classify });
    const { language, languageConfidence, tone, scores, flags, questions, points, topics, reasons, stars } = reading;
    return JSON.stringify({
      ...record,
      language,
      languageConfidence,
      tone,
      scores,
      flags,
      questions,
      points,
      topics,
      reasons,
      ...(stars !== undefined ? { stars } : {}),
    });
  } catch (error) {
    // classify is built not to throw; this keeps the one-answer-per-line promise if it ever does.
    const reason = error instanceof Error ? error.message : String(error);
    return JSON.stringify({ error: `classifier failed: ${reason}`, line: lineNumber });
  }
}

async function main(): Promise<void> {
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of input) {
    lineNumber++;
    if (line.trim() === '') continue;
    const out = answerLine(line, lineNumber);
    if (!process.stdout.write(`${out}\n`)) await new Promise((done) => process.stdout.once('drain', done));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
