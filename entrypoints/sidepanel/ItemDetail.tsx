import { useEffect, useMemo, useRef, useState } from 'react';
import { ownNamesOf } from '@/lib/playbooks/draft-check';
import { excerpt } from '@/lib/display/text';
import type { PanelItem } from '@/lib/panel/status';
import type { ResponseRow } from '@/lib/storage/db';
import { useDraftToneOf } from './item/draft-classifier';
import { ItemHeader } from './item/ItemHeader';
import { LoggedHistory } from './item/LoggedHistory';
import { PlaybookSection } from './item/PlaybookSection';
import { ReplyEditor } from './item/ReplyEditor';
import { Suggestions } from './item/Suggestions';
import { ToneSection } from './item/ToneSection';
import { useItemActions } from './item/use-item-actions';
import { useInitialFocus, useItemKeys } from './item/use-item-keys';
import { useDraftCheck, useSuggestions } from './item/use-suggestions';
import { useSavedDraft } from './saved-draft';
import { usePanelStore } from './store';
import { useSettings } from './use-settings';

interface Props {
  /** As the background stored it: labels with the effective tone, family, handled state. */
  item: PanelItem;
  tabId: number;
  pageUrl: string;
  siteId: string;
  /** Everything logged for this page's items. */
  responses: ResponseRow[];
  onBack(): void;
}

/** One item: what it says, its tone and playbook, the suggested replies, the draft and what to do with it. */
export function ItemDetail({ item, tabId, pageUrl, siteId, responses, onBack }: Props) {
  const { settings, loaded: settingsLoaded } = useSettings();
  const draft = usePanelStore((s) => s.draft);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const suggestionsHeadingRef = useRef<HTMLHeadingElement>(null);
  useSavedDraft(item.id);
  const [followUp, setFollowUp] = useState(false);
  const [followUpDays, setFollowUpDays] = useState<number>(settings.followUpDays);
  useEffect(() => setFollowUpDays(settings.followUpDays), [settings.followUpDays]);
  const toneOf = useDraftToneOf();

  // Keyed by item in App, so this resets for each item.
  const [answerAbusive, setAnswerAbusive] = useState(false);
  const result = useSuggestions({ item, siteId, profile: settings.profile, responses, answerAbusive, toneOf });
  const ownNames = useMemo(() => ownNamesOf(settings.profile), [settings.profile]);
  const check = useDraftCheck({ draft, item, siteId, responses, toneOf, ownNames });
  const actions = useItemActions({
    item,
    tabId,
    pageUrl,
    playbookId: result.playbook.id,
    blocked: check.blocked,
    followUpDays: followUp ? followUpDays : undefined,
  });
  const previous = responses.filter((r) => r.itemId === item.id).sort((a, b) => b.repliedAt - a.repliedAt);

  useInitialFocus({
    ready: settingsLoaded,
    hasSuggestions: settingsLoaded && result.suggestions.length > 0,
    headingRef,
    suggestionsHeadingRef,
  });
  useItemKeys({ suggestions: settingsLoaded ? result.suggestions : undefined, insert: () => void actions.insert(), editorRef });

  return (
    <article className="detail" aria-label={`Reply to ${excerpt(item.author ?? '', 80) || 'this item'}`}>
      <button type="button" className="link" onClick={onBack}>
        ← All items
      </button>
      <ItemHeader item={item} replyLanguage={settings.profile.languages[0] ?? 'en'} headingRef={headingRef} />
      <ToneSection item={item} onCorrect={(value) => void actions.correctTone(value)} />
      <PlaybookSection result={result} onAnswerAbusive={() => setAnswerAbusive(true)} />
      <Suggestions
        result={result}
        settingsLoaded={settingsLoaded}
        hasBrand={Boolean(settings.profile.brand)}
        headingRef={suggestionsHeadingRef}
      />
      <ReplyEditor
        editorRef={editorRef}
        hasSuggestions={result.suggestions.length > 0}
        check={check}
        followUp={followUp}
        setFollowUp={setFollowUp}
        followUpDays={followUpDays}
        setFollowUpDays={setFollowUpDays}
        busy={actions.busy}
        insert={() => void actions.insert()}
        copy={() => void actions.copy()}
        markAnswered={() => void actions.markAnswered()}
        ignore={() => void actions.ignore()}
      />
      <LoggedHistory previous={previous} />
    </article>
  );
}
