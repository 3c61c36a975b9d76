/** Experiment: k-fold CV of per-language tone heads on umsab train+val. Prints macro-F1 per setting. */
import { loadLexiconSources, loadSplit } from '../classifier/datasets';
import type { FeatureConfig } from '../../lib/classifier/features';
import { balancedWeights, buildCorpus, type FtrlParams } from '../classifier/trainer';
import { lexiconDense, macroF1Of, outOfFold, randomFolds } from './common';

const LANGS = (process.env.LANGS ?? 'fr,de,es,it,pt').split(',');
const CLASSES = ['negative', 'neutral', 'positive'];
const lexicon = loadLexiconSources();
const featureGrid: FeatureConfig[] = JSON.parse(process.env.FEATS ?? '[{"bits":15,"charMin":2,"charMax":5,"wordWeight":1,"charWeight":1}]');
const paramGrid: FtrlParams[] = JSON.parse(process.env.PARAMS ?? '[{"alpha":0.3,"beta":1,"l1":0,"l2":0,"epochs":5,"average":3,"seed":1}]');
const useLex = process.env.LEX !== '0';
const t0 = Date.now();
for (const feats of featureGrid) {
  const perLang = new Map<string, { texts: string[]; y: Int32Array }>();
  for (const lang of LANGS) {
    const all = [...loadSplit(`umsab/${lang}`, 'train'), ...loadSplit(`umsab/${lang}`, 'val')];
    perLang.set(lang, { texts: all.map((e) => e.text), y: Int32Array.from(all.map((e) => CLASSES.indexOf(e.label))) });
  }
  for (const params of paramGrid) {
    const scores: string[] = [];
    let mean = 0;
    for (const lang of LANGS) {
      const { texts, y } = perLang.get(lang)!;
      const corpus = buildCorpus(texts, feats);
      const extra = useLex ? lexiconDense(texts, lexicon) : undefined;
      const folds = randomFolds(y, 5, 7);
      const oof = outOfFold(corpus, y, folds, 5, 3, 1 << feats.bits, params, (l) => balancedWeights(l, 3), extra);
      const f1 = macroF1Of(oof, y, 3);
      mean += f1 / LANGS.length;
      scores.push(`${lang} ${f1.toFixed(4)}`);
    }
    console.log(
      `${JSON.stringify(feats)} ${JSON.stringify(params)} mean ${mean.toFixed(4)} | ${scores.join(' ')} [${((Date.now() - t0) / 1000).toFixed(0)}s]`,
    );
  }
}
