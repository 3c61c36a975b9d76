import { templateVariablesOf } from './schema';

/** What the editor says under a template or phrase field while the user types. */
export interface TextProblem {
  message: string;
  /** The unknown variable as typed, e.g. "dmhandle". */
  unknown?: string;
  /** The known variable it most likely meant, e.g. "dmHandle". */
  suggestion?: string;
}

/** Edit distance, small strings only (variable names): two rows of a Levenshtein table. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known variable a mistyped name most likely meant: same letters in another case, else one or two typos away. */
export function closestVariable(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase().replace(/[\s_-]/gu, '');
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(lower.length / 3));
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Problems in a template's text as the user types: unknown variables (with a "did you
 * mean"), tags that are not plain {{variable}}, and unclosed braces. The same rules the
 * schema applies on save, said in the user's words.
 */
export function checkTemplateText(text: string, known: readonly string[]): TextProblem[] {
  const parsed = templateVariablesOf(text);
  if ('error' in parsed) {
    if (/unclosed tag/iu.test(parsed.error)) return [{ message: 'A variable is not closed: end it with }}.' }];
    return [{ message: `Only {{variable}} can go between braces (${parsed.error.replace(/^not a valid template: /u, '')}).` }];
  }
  const problems: TextProblem[] = [];
  for (const name of new Set(parsed.names)) {
    if (known.includes(name)) continue;
    const suggestion = closestVariable(name, known);
    problems.push({
      message: suggestion ? `Unknown variable {{${name}}}. Did you mean {{${suggestion}}}?` : `Unknown variable {{${name}}}.`,
      unknown: name,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  return problems;
}

/** Replaces every {{unknown}} (and {{{unknown}}}) with the suggested name. */
export function replaceVariable(text: string, unknown: string, replacement: string): string {
  const escaped = unknown.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return text.replace(new RegExp(`(\\{\\{\\{?\\s*)${escaped}(\\s*\\}?\\}\\})`, 'gu'), `$1${replacement}$2`);
}

/** An open "{{" right before the caret and what has been typed after it: what autocomplete completes. */
export function variableQueryAt(text: string, caret: number): { start: number; query: string } | undefined {
  const before = text.slice(0, caret);
  const match = /\{\{\{?\s*([A-Za-z]*)$/u.exec(before);
  if (!match) return undefined;
  return { start: match.index, query: match[1]! };
}

/** Known variables starting with (then containing) what was typed, case-insensitively. */
export function matchingVariables(query: string, known: readonly string[]): string[] {
  const q = query.toLowerCase();
  const starts = known.filter((name) => name.toLowerCase().startsWith(q));
  const contains = known.filter((name) => !starts.includes(name) && name.toLowerCase().includes(q));
  return [...starts, ...contains];
}

/** The text with `{{name}}` put in place of [from, to), and where the caret goes after it. */
export function insertVariable(text: string, from: number, to: number, name: string): { text: string; caret: number } {
  const tag = `{{${name}}}`;
  // Completing "{{fir" should not leave the "}}" the user may already have typed behind the caret.
  const after = text.slice(to).replace(/^\}\}/u, '');
  return { text: text.slice(0, from) + tag + after, caret: from + tag.length };
}
