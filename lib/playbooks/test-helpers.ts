import { classify } from '@/lib/classifier';
import type { Labels } from '@/lib/classifier/labels';
import { readItem } from '@/lib/reading';
import type { Profile } from '@/lib/settings/schema';
import { suggestReplies } from './suggest';

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

/** Reads `text` as the product does and composes replies for `profile`: the family, the first reply and all of them. */
export function replyTo(
  text: string,
  profile: Profile,
  { site = 'google-maps', rating, author = 'Kim Baker' }: { site?: string; rating?: number; author?: string } = {},
) {
  const reading = readItem({ text, rating, author }, { classify, ownWords: [profile.brand] });
  const result = suggestReplies({ item: { id: 't1', site, text, rating, author }, labels: reading, profile });
  return { family: result.family, first: result.suggestions[0]?.text ?? '', all: result.suggestions.map((s) => s.text) };
}
