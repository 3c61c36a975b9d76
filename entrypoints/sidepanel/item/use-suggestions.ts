import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PanelItem } from '@/lib/panel/status';
import { reviewDraft } from '@/lib/playbooks/draft-review';
import { listPlaybooks } from '@/lib/playbooks/store';
import { suggestReplies } from '@/lib/playbooks/suggest';
import type { Profile } from '@/lib/settings/schema';
import { getDb, type ResponseRow } from '@/lib/storage/db';
import { authorKeyFor } from '@/lib/storage/ids';
import type { ToneOf } from './draft-classifier';

const DAY_MS = 86_400_000;
const RECENT_AUTHOR_MS = 30 * DAY_MS;

/**
 * The playbook and ranked replies for an item: from its labels (as the background gave them),
 * the user's playbooks and profile, and what was already said on this page and to this person
 * (not to repeat a template). Reads the log; never writes it.
 */
export function useSuggestions({
  item,
  siteId,
  profile,
  responses,
  answerAbusive,
  toneOf,
}: {
  item: PanelItem;
  siteId: string;
  profile: Profile;
  responses: ResponseRow[];
  answerAbusive: boolean;
  toneOf: ToneOf | undefined;
}) {
  const authorKey = authorKeyFor(item.site, item.author, item.authorUrl);
  const authorResponses =
    useLiveQuery(() => (authorKey ? getDb().responses.where('authorKey').equals(authorKey).toArray() : []), [authorKey]) ?? [];
  // The user's own playbooks (edited on the dashboard); the defaults until they edit any.
  const playbooks = useLiveQuery(() => listPlaybooks(getDb()), []);
  return useMemo(() => {
    const now = Date.now();
    return suggestReplies({
      item,
      labels: item.labels,
      answerAbusive,
      site: siteId,
      profile,
      playbooks,
      toneOf,
      history: {
        usedOnPage: responses.map((r) => r.templateId).filter((t): t is string => Boolean(t)),
        textsOnPage: responses.map((r) => r.replyText).filter(Boolean),
        usedWithAuthor: authorResponses
          .filter((r) => now - r.repliedAt < RECENT_AUTHOR_MS)
          .map((r) => r.templateId)
          .filter((t): t is string => Boolean(t)),
      },
    });
  }, [item, siteId, profile, playbooks, responses, authorResponses, toneOf, answerAbusive]);
}

/** The draft check as the user types: warnings, [gaps] to fill, the site's length, and whether Insert/Copy must wait. */
export function useDraftCheck({
  draft,
  item,
  siteId,
  responses,
  toneOf,
  ownNames,
}: {
  draft: string;
  item: PanelItem;
  siteId: string;
  responses: ResponseRow[];
  toneOf: ToneOf | undefined;
  /** The replier's brand, name and sign-off: names, not tone. */
  ownNames?: string[];
}) {
  return useMemo(
    () =>
      reviewDraft(draft, {
        ownNames,
        item,
        labels: item.labels,
        site: siteId,
        usedOnPage: responses.map((r) => r.replyText).filter(Boolean),
        toneOf,
      }),
    [draft, item, siteId, responses, toneOf, ownNames],
  );
}
