import type { Labels } from '@/lib/classifier/labels';
import { siteLimitFor, siteLength } from '@/lib/sites/reply-limits';
import { checkDraft, type DraftCheckOptions, type DraftWarning } from './draft-check';
import { gapsIn } from './suggest';

export interface DraftReview {
  warnings: DraftWarning[];
  /** The site's reply length limit and this draft's length as the site counts it. */
  limit: ReturnType<typeof siteLimitFor>;
  length: number;
  /** `[gaps]` the user must write; they never reach the page. */
  gaps: string[];
  /** Insert/Copy must wait: a blocking warning, an unfilled marker or a gap. */
  blocked: boolean;
}

/**
 * The draft check as the user types, shared by the side panel and the chip beside a site's own
 * reply box: warnings, [gaps] to fill, the site's length, and whether the draft must wait.
 */
export function reviewDraft(
  draft: string,
  options: Omit<DraftCheckOptions, 'labels'> & { labels: Pick<Labels, 'tone' | 'flags'>; site: string },
): DraftReview {
  const warnings = draft.trim() ? checkDraft(draft, options) : [];
  const gaps = gapsIn(draft);
  const blocked = warnings.some((w) => w.severity === 'block' || w.rule === 'unfilled') || gaps.length > 0;
  return { warnings, limit: siteLimitFor(options.site), length: siteLength(draft, options.site), gaps, blocked };
}
