import type { Token } from './tokenize';

/**
 * Dense lexicon features from the VADER (MIT) and AFINN-165 (via the `sentiment` package, MIT)
 * word lists. The entries used are shipped inside the model file; nothing is read at run time.
 */

/** word → [VADER valence (−4..4), AFINN score (−5..5)]; 0 where a list lacks the word. */
export type Lexicon = Map<string, readonly [number, number]>;

export const LEXICON_FEATURES = ['vader_pos', 'vader_neg', 'vader_sum', 'afinn_pos', 'afinn_neg', 'afinn_sum', 'negated_hits'] as const;
export const LEXICON_DIM = LEXICON_FEATURES.length;

/** VADER's dampening of a negated word. */
const NEGATION_SCALE = -0.74;

function squash(x: number, k: number): number {
  return x / Math.sqrt(x * x + k);
}

/** Fills out[offset..offset+LEXICON_DIM) with the lexicon features of tokens. */
export function lexiconFeatures(tokens: readonly Token[], lexicon: Lexicon, out: Float64Array, offset = 0): void {
  let vPos = 0;
  let vNeg = 0;
  let aPos = 0;
  let aNeg = 0;
  let negatedHits = 0;
  for (const t of tokens) {
    const entry = lexicon.get(t.word);
    if (entry === undefined) continue;
    let [v, a] = entry;
    if (t.isNegated) {
      v *= NEGATION_SCALE;
      a *= NEGATION_SCALE;
      negatedHits++;
    }
    if (t.isAllCaps) {
      v *= 1.3;
      a *= 1.3;
    }
    if (v > 0) vPos += v;
    else vNeg -= v;
    if (a > 0) aPos += a;
    else aNeg -= a;
  }
  out[offset] = vPos / (vPos + 3);
  out[offset + 1] = vNeg / (vNeg + 3);
  out[offset + 2] = squash(vPos - vNeg, 15);
  out[offset + 3] = aPos / (aPos + 4);
  out[offset + 4] = aNeg / (aNeg + 4);
  out[offset + 5] = squash(aPos - aNeg, 20);
  out[offset + 6] = negatedHits > 0 ? 1 : 0;
}

/** Compact form for the model file: "word\tvader\tafinn" lines. */
export function serializeLexicon(lexicon: Lexicon): string {
  return [...lexicon.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([w, [v, a]]) => `${w}\t${v}\t${a}`)
    .join('\n');
}

export function parseLexicon(text: string): Lexicon {
  const lexicon: Lexicon = new Map();
  for (const line of text.split('\n')) {
    const [w, v, a] = line.split('\t');
    if (w === undefined || v === undefined || a === undefined) continue;
    lexicon.set(w, [Number(v), Number(a)]);
  }
  return lexicon;
}
