/**
 * Local tone classifier: `classify(text)` → tone with calibrated probabilities, flags, topics
 * and the reasons behind them. Pure TypeScript (no DOM, no extension APIs, no network); the
 * model is the committed model.json, bundled with the code and decoded once on first use.
 *
 * @example
 * classify('Still waiting for my refund, 3 weeks now').flags // ['complaint', 'refund']
 */
import { classifyWith, toLabels } from './classify';
import type { Labels } from './labels';
import { loadModel, type LoadedModel, type ModelFile } from './model';
import modelFile from './model.json';

export type { Labels, Tone, Flag, Topic } from './labels';
export { FLAGS, TOPICS, LabelsSchema } from './labels';

let loaded: LoadedModel | null = null;

/** The decoded model (decoded on the first call, then cached). */
export function getModel(): LoadedModel {
  loaded ??= loadModel(modelFile as unknown as ModelFile);
  return loaded;
}

/** Labels for one text. Empty, huge, binary or malformed text still gets an answer. */
export function classify(text: string): Labels {
  return toLabels(classifyWith(getModel(), text));
}

/** Labels for many texts, in order. */
export function classifyBatch(texts: readonly string[]): Labels[] {
  const model = getModel();
  return texts.map((text) => toLabels(classifyWith(model, text)));
}
