/**
 * Local tone classifier: `classify(text, { language })` → tone with calibrated probabilities,
 * flags, topics and the reasons behind them. Pure TypeScript (no DOM, no extension APIs, no
 * network). The models are committed JSON files bundled with the code; each is decoded on the
 * first text in its language.
 *
 * @example
 * classify('Still waiting for my refund, 3 weeks now').flags // ['complaint', 'refund']
 * classify('Service épouvantable, je ne reviendrai jamais.', { language: 'fr' }).tone // 'negative'
 */
import { classifyWith, toLabels } from './classify';
import type { Labels } from './labels';
import { loadModel, loadToneModel, type LoadedModel, type ModelFile, type ToneModelFile } from './model';
import modelFile from './model.json';
import toneAr from './models/tone-ar.json';
import toneDe from './models/tone-de.json';
import toneEs from './models/tone-es.json';
import toneFr from './models/tone-fr.json';
import toneIt from './models/tone-it.json';
import tonePt from './models/tone-pt.json';

export type { Labels, Tone, Flag, Topic } from './labels';
export { FLAGS, TOPICS, LabelsSchema } from './labels';

/** Tone-only models of the other languages (English is model.json, with the learned flags). */
const TONE_FILES: Record<string, ToneModelFile> = {
  ar: toneAr as unknown as ToneModelFile,
  de: toneDe as unknown as ToneModelFile,
  es: toneEs as unknown as ToneModelFile,
  fr: toneFr as unknown as ToneModelFile,
  it: toneIt as unknown as ToneModelFile,
  pt: tonePt as unknown as ToneModelFile,
};

/** ISO 639-1 codes whose words the classifier reads; other languages get tone from emoji only. */
export const TONE_LANGUAGES: readonly string[] = ['en', ...Object.keys(TONE_FILES)];

export interface ClassifyOptions {
  /**
   * ISO 639-1 code of the text, decided by the caller (classify never guesses it); 'en' by
   * default. Case and a region suffix are ignored ('pt-BR' → 'pt').
   */
  language?: string;
}

let loaded: LoadedModel | null = null;
const toneModels = new Map<string, LoadedModel>();

/** The decoded English model (decoded on the first call, then cached). */
export function getModel(): LoadedModel {
  loaded ??= loadModel(modelFile as unknown as ModelFile);
  return loaded;
}

/** The decoded model for a language, or null when there is none (decoded on first use). */
export function getToneModel(language: string): LoadedModel | null {
  const code = normalizeLanguage(language);
  if (code === 'en') return getModel();
  const file = TONE_FILES[code];
  if (file === undefined) return null;
  let model = toneModels.get(code);
  if (model === undefined) {
    model = loadToneModel(file, getModel());
    toneModels.set(code, model);
  }
  return model;
}

/** 'pt-BR' → 'pt', 'FR' → 'fr'; anything unreadable → 'und'. */
export function normalizeLanguage(language: string | undefined): string {
  if (language === undefined) return 'en';
  const code = /^([A-Za-z]{2,3})(?:[-_].*)?$/.exec(language.trim())?.[1]?.toLowerCase();
  return code ?? 'und';
}

/** Labels for one text. Empty, huge, binary or malformed text still gets an answer. */
export function classify(text: string, options: ClassifyOptions = {}): Labels {
  const language = normalizeLanguage(options.language);
  const model = getToneModel(language);
  return toLabels(model === null ? classifyWith(getModel(), text, true, language) : classifyWith(model, text, false, language));
}

/** Labels for many texts (all in the same language), in order. */
export function classifyBatch(texts: readonly string[], options: ClassifyOptions = {}): Labels[] {
  return texts.map((text) => classify(text, options));
}
