import { primed } from '@/lib/classifier/pattern-priming';
import { eld } from 'eld/extrasmall';
import { languageName } from '@/lib/display/language';

/**
 * Language of a comment or review: ISO 639-1 code and a confidence in [0, 1].
 *
 * The detector is eld ("efficient language detector", n-gram tables shipped in the npm
 * package; nothing is downloaded). It was chosen by measurement against tinyld and franc on
 * short comments: see lib/reading/README.md (`npx tsx scripts/bench/language.bench.ts`).
 * Handles, hashtags, links and emoji are removed first: they carry no language and make
 * short texts read as whatever the handle looks like.
 */
export interface DetectedLanguage {
  /** ISO 639-1, or 'und' when there are too few letters to tell. */
  language: string;
  confidence: number;
}

const NOISE = primed(/(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.]+|\S+\.(?:com|example|org|net|io)\S*/giu);

/** The letters-bearing part of a text the detector should see. */
export function textForDetection(text: string): string {
  return text.replace(NOISE, ' ').replace(/\s+/gu, ' ').trim();
}

/** Fewer letters than this: the answer is 'und' (emoji, "ok", "👍"). */
const MIN_LETTERS = 3;
/** Under this many letters a text is short enough for the prior below to matter. */
const SHORT_LETTERS = 40;
// 1.2 measured against 1.0, 1.1 and 1.35 on the language bench: +13 of 4,674 texts, no set worse.
const SHORT_TEXT_PRIOR = 1.2;
const REPLY_LANGUAGES = new Set(['en', 'fr', 'es', 'de', 'it', 'pt']);

/**
 * Builds the detector's tables now (a browser's worker builds them on first use: wxt.config.ts),
 * and the platform's language names (a reading names any language but English), so that a first
 * page's report does not wait for them.
 */
export function prepareLanguageDetector(): void {
  eld.detect('warm');
  languageName('fr');
}

export function detectLanguage(text: string): DetectedLanguage {
  const clean = textForDetection(text.slice(0, 2000));
  const letters = clean.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: 'und', confidence: 0 };
  const result = eld.detect(clean);
  if (!result.language) return { language: 'und', confidence: 0 };
  const byLanguage = result.getScores();
  let language = result.language;
  // A short text fits many languages about equally ("holy shit the brisket" reads as Norwegian);
  // then the languages replies are written in win a close call.
  if (letters < SHORT_LETTERS || !result.isReliable()) {
    let best = -Infinity;
    for (const [code, score] of Object.entries(byLanguage)) {
      const weighted = score * (REPLY_LANGUAGES.has(code) ? SHORT_TEXT_PRIOR : 1);
      if (weighted > best) {
        best = weighted;
        language = code;
      }
    }
  }
  // "¿" and "¡" are written only in Spanish: a short question with them is Spanish, whatever its n-grams say.
  if (
    language !== 'es' &&
    /[¿¡]/u.test(text) &&
    (language === 'pt' || language === 'it' || language === 'ca' || language === 'gl' || letters < SHORT_LETTERS)
  )
    language = 'es';
  const scores = Object.values(byLanguage).sort((a, b) => b - a);
  const top = byLanguage[language] ?? scores[0] ?? 0;
  const second = scores.find((score) => score !== top) ?? 0;
  // Margin over the runner-up, damped for very short texts (a few letters fit many languages).
  const margin = top > 0 ? (top - second) / top : 0;
  const length = Math.min(1, letters / 40);
  let confidence = Math.max(0, Math.min(1, 0.35 + 0.65 * margin)) * (0.5 + 0.5 * length);
  if (!result.isReliable()) confidence = Math.min(confidence, 0.45);
  return { language, confidence: Math.round(confidence * 100) / 100 };
}
