/**
 * Experiment: the language tone heads as train.ts fits them (char 3–6, NB scaling), with the
 * translated AFINN lists (TRANSLATED=0 leaves them out, SCALE multiplies their scores), SEEDS
 * heads trained in different orders averaged, other feature settings (FEATS) or FTRL settings
 * (PARAMS). Prints the mean CV macro-F1 over LANGS.
 *   LANGS=fr,de npx tsx scripts/cv/umsab3.ts
 */
import { loadLexiconSources, loadSplit, loadTranslatedLexicon } from '../classifier/datasets';
import type { FeatureConfig } from '../../lib/classifier/features';
import { lexiconFor } from '../../lib/classifier/language-lexicons';
import type { Lexicon } from '../../lib/classifier/lexicon';
import { balancedWeights, buildCorpus, nbScales, type Corpus, type FtrlParams } from '../classifier/trainer';
import { lexiconDense, macroF1Of, outOfFold, randomFolds } from './common';

const LANGS = (process.env.LANGS ?? 'fr,de,es,it,pt').split(',');
const CLASSES = ['negative', 'neutral', 'positive'];
const K = Number(process.env.K ?? '5');
const feats: FeatureConfig = JSON.parse(process.env.FEATS ?? '{"bits":15,"charMin":3,"charMax":6,"wordWeight":1,"charWeight":1}');
const base: FtrlParams = JSON.parse(process.env.PARAMS ?? '{"alpha":0.3,"beta":1,"l1":0,"l2":0,"epochs":5,"average":3,"seed":4}');
const NB = Number(process.env.NB ?? '1');
const SEEDS = Number(process.env.SEEDS ?? '1');
const TRANSLATED = process.env.TRANSLATED !== '0';
const SCALE = Number(process.env.SCALE ?? '1');
const english = loadLexiconSources();
const dim = 1 << feats.bits;
const t0 = Date.now();

function lexiconOf(lang: string): Lexicon {
  const translated = TRANSLATED ? loadTranslatedLexicon(lang) : undefined;
  if (translated !== undefined && SCALE !== 1) for (const [w, [v, a]] of translated) translated.set(w, [v * SCALE, a * SCALE]);
  return lexiconFor(lang, english, translated);
}

let mean = 0;
const parts: string[] = [];
for (const lang of LANGS) {
  const all = [...loadSplit(`umsab/${lang}`, 'train'), ...loadSplit(`umsab/${lang}`, 'val')];
  const texts = all.map((e) => e.text);
  const y = Int32Array.from(all.map((e) => CLASSES.indexOf(e.label)));
  const corpus = buildCorpus(texts, feats);
  const lex = lexiconDense(texts, lexiconOf(lang));
  const folds = randomFolds(y, K, 7);
  const nbOf = NB > 0 ? (c: Corpus, l: Int32Array): Float32Array => nbScales(c, l, 3, dim, NB) : undefined;
  const sum = new Float64Array(y.length * 3);
  for (let s = 0; s < SEEDS; s++) {
    const oof = outOfFold(
      corpus,
      y,
      folds,
      K,
      3,
      dim,
      { ...base, seed: base.seed + s },
      (l) => balancedWeights(l, 3),
      lex,
      undefined,
      nbOf,
    );
    for (let i = 0; i < sum.length; i++) sum[i]! += oof[i]!;
  }
  if (process.env.OOF_OUT)
    (await import('node:fs')).writeFileSync(`${process.env.OOF_OUT}-${lang}.json`, JSON.stringify({ y: [...y], oof: [...sum] }));
  let f1 = macroF1Of(sum, y, 3);
  if (process.env.OFFSETS === '1') {
    // Optimistic bound: the best tone offsets chosen on the same out-of-fold predictions.
    let best = f1;
    for (let a = -1; a <= 1.001; a += 0.1) for (let b = -1; b <= 1.001; b += 0.1) best = Math.max(best, macroF1Of(sum, y, 3, [a, 0, b]));
    parts.push(`(${lang} with offsets ${best.toFixed(4)})`);
    f1 = best;
  }
  mean += f1 / LANGS.length;
  parts.push(`${lang} ${f1.toFixed(4)}`);
}
console.log(
  `translated=${TRANSLATED}×${SCALE} K=${K} NB=${NB} seeds=${SEEDS} ${JSON.stringify(feats)} ${JSON.stringify(base)} mean ${mean.toFixed(4)} | ${parts.join(' ')} [${((Date.now() - t0) / 1000).toFixed(0)}s]`,
);
