// Interim word-list labeller so the foundation runs end to end; replaced by the trained model.
import type { Labels } from './labels';

const POSITIVE = /\b(love|great|amazing|thanks?|excellent|best|perfect|delicious|friendly)\b/i;
const NEGATIVE = /\b(worst|terrible|awful|rude|never|cold|late|broken|disappoint\w*|refund)\b/i;

export function classify(text: string): Labels {
  const pos = POSITIVE.test(text);
  const neg = NEGATIVE.test(text);
  const tone = neg ? 'negative' : pos ? 'positive' : 'neutral';
  const scores = { positive: tone === 'positive' ? 0.8 : 0.1, neutral: tone === 'neutral' ? 0.8 : 0.1, negative: tone === 'negative' ? 0.8 : 0.1 };
  return { tone, scores, flags: /\?/.test(text) ? ['question'] : [], topics: [], reasons: [] };
}

export function classifyBatch(texts: string[]): Labels[] {
  return texts.map(classify);
}
