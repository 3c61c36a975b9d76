import type { Labels } from '@/lib/classifier/labels';

/** Labels for tests: neutral with no flags unless overridden. */
export function labelsWith(overrides: Partial<Labels> = {}): Labels {
  const tone = overrides.tone ?? 'neutral';
  return {
    tone,
    scores: {
      positive: tone === 'positive' ? 0.8 : 0.1,
      neutral: tone === 'neutral' ? 0.8 : 0.1,
      negative: tone === 'negative' ? 0.8 : 0.1,
    },
    flags: [],
    topics: [],
    reasons: [],
    ...overrides,
  };
}
