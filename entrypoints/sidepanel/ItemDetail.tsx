import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Tone } from '@/lib/classifier/labels';
import { SafeName, SafeText } from '@/components/display/SafeText';
import { formatDateTime } from '@/lib/display/format';
import { excerpt } from '@/lib/display/text';
import { sendMessage } from '@/lib/messaging/protocol';
import { asLabelled, type PanelItem } from '@/lib/panel/status';
import { checkDraft, draftToneOf } from '@/lib/playbooks/draft-check';
import { siteLimitFor, siteLength } from '@/lib/playbooks/site-limits';
import { listPlaybooks } from '@/lib/playbooks/store';
import { gapsIn, suggestReplies } from '@/lib/playbooks/suggest';
import { languageName } from '@/lib/reading';
import { getDb, type ResponseAction, type ResponseRow } from '@/lib/storage/db';
import { authorKeyFor } from '@/lib/storage/ids';
import { forgetDraft, useSavedDraft } from './saved-draft';
import { usePanelStore } from './store';
import { isTyping } from './use-panel-keys';
import { useSettings } from './use-settings';

/**
 * The classifier judges the draft's own tone. Its model is most of the panel's weight,
 * so it is loaded only once the list is up (App asks when idle) or an item is opened;
 * until then the draft check's short word list stands in.
 */
let toneOf: ((text: string) => Tone) | undefined;
let classifierReady: Promise<void> | undefined;
export function loadDraftClassifier(): Promise<void> {
  classifierReady ??= import('@/lib/classifier').then((module) => {
    toneOf = draftToneOf(module.classify);
  });
  return classifierReady;
}
const DAY_MS = 86_400_000;
const RECENT_AUTHOR_MS = 30 * DAY_MS;

interface Props {
  item: PanelItem;
  tabId: number;
  pageUrl: string;
  siteId: string;
  responses: ResponseRow[];
  onBack(): void;
}

export function ItemDetail({ item, tabId, pageUrl, siteId, responses, onBack }: Props) {
  const { correction, labels } = item;
  const { settings, loaded: settingsLoaded } = useSettings();
  const draft = usePanelStore((s) => s.draft);
  const setDraft = usePanelStore((s) => s.setDraft);
  const pickedIndex = usePanelStore((s) => s.pickedIndex);
  const templateId = usePanelStore((s) => s.templateId);
  const pickSuggestion = usePanelStore((s) => s.pickSuggestion);
  const status = usePanelStore((s) => s.status);
  const setStatus = usePanelStore((s) => s.setStatus);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const suggestionsHeadingRef = useRef<HTMLHeadingElement>(null);
  useSavedDraft(item.id);
  const [followUp, setFollowUp] = useState(false);
  const [followUpDays, setFollowUpDays] = useState<number>(settings.followUpDays);
  const [busy, setBusy] = useState(false);
  const [hasClassifier, setHasClassifier] = useState(toneOf !== undefined);
  useEffect(() => void loadDraftClassifier().then(() => setHasClassifier(true)), []);
  useEffect(() => setFollowUpDays(settings.followUpDays), [settings.followUpDays]);

  const authorKey = authorKeyFor(item.site, item.author, item.authorUrl);
  const authorResponses =
    useLiveQuery(() => (authorKey ? getDb().responses.where('authorKey').equals(authorKey).toArray() : []), [authorKey]) ?? [];
  // The user's own playbooks (edited on the dashboard); the defaults until they edit any.
  const playbooks = useLiveQuery(() => listPlaybooks(getDb()), []);

  // Keyed by item in App, so this resets for each item.
  const [answerAbusive, setAnswerAbusive] = useState(false);
  const result = useMemo(() => {
    const now = Date.now();
    return suggestReplies({
      item,
      labels,
      answerAbusive,
      site: siteId,
      profile: settings.profile,
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
  }, [item, labels, siteId, settings.profile, playbooks, responses, authorResponses, hasClassifier, answerAbusive]);

  const warnings = useMemo(
    () =>
      draft.trim()
        ? checkDraft(draft, {
            item,
            labels,
            site: siteId,
            usedOnPage: responses.map((r) => r.replyText).filter(Boolean),
            toneOf,
          })
        : [],
    [draft, item, labels, siteId, responses, hasClassifier],
  );
  const limit = siteLimitFor(siteId);
  const length = siteLength(draft, siteId);
  // A [gap] is a part the user must write (an answer we do not know): it never reaches the page.
  const gaps = gapsIn(draft);
  const blocked = warnings.some((w) => w.severity === 'block' || w.rule === 'unfilled') || gaps.length > 0;
  const [shownPoint, setShownPoint] = useState<number | undefined>(undefined);
  const points = item.labels.points ?? [];
  const itemLanguage = item.labels.language;
  const foreign = itemLanguage && itemLanguage !== 'und' && itemLanguage !== (settings.profile.languages[0] ?? 'en');
  const previous = responses.filter((r) => r.itemId === item.id).sort((a, b) => b.repliedAt - a.repliedAt);

  // The log keeps the classifier's labels; it applies the correction itself (lib/storage/writes.ts).
  const { labels: classifierLabels, ...pageItem } = asLabelled(item);
  const responseFor = (action: ResponseAction, replyText: string) => ({
      item: pageItem,
      labels: classifierLabels,
      pageUrl,
      playbookId: result.playbook.id,
      templateId,
      replyText,
      action,
      followUpAt: followUp && action !== 'ignored' ? Date.now() + followUpDays * DAY_MS : undefined,
  });

  const log = async (action: ResponseAction, replyText: string) => {
    const outcome = await sendMessage('logResponse', { response: responseFor(action, replyText) });
    if (!outcome.ok) throw new Error(outcome.message);
    void forgetDraft(item.id);
  };

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const insert = () =>
    run(async () => {
      if (!draft.trim() || blocked) return;
      // Write-ahead: the background records the intent before the text goes to the page and
      // logs it once the page took it, whether or not this panel is still open by then.
      const id = crypto.randomUUID();
      let answer;
      try {
        answer = await sendMessage('insertAndLog', { id, tabId, pageUrl, itemId: item.id, text: draft, response: responseFor('inserted', draft) });
      } catch (error) {
        // The answer was lost (the worker stopped mid-way): log the intent now if it is still pending.
        const recovered = await sendMessage('recoverInsert', { id }).then((r) => r.logged, () => false);
        setStatus({
          kind: 'error',
          text: recovered
            ? "Replybook was interrupted while inserting. The reply is logged; check the page's reply box before posting."
            : `Could not insert: ${error instanceof Error ? error.message : String(error)}`,
        });
        return;
      }
      const outcome = answer.result;
      if (outcome.ok) {
        if (answer.logged && !answer.logged.ok) throw new Error(answer.logged.message);
        void forgetDraft(item.id);
        // `where` was read back from the box on the page: say exactly where the text went.
        const where = outcome.where ?? "in the page's reply box";
        setStatus({ kind: 'ok', text: `Inserted ${where}. Check it, then press the site's Post button.` });
      } else if (outcome.repliesElsewhere) {
        // No public reply box on this site: the panel has the click, so it copies; logged as copied with the item's link.
        const copied = await navigator.clipboard.writeText(draft).then(() => true, () => false);
        if (copied) await log('copied', draft);
        setStatus({
          kind: copied ? 'ok' : 'error',
          text: copied ? `Copied: ${outcome.message} Paste it there.` : `${outcome.message} Copy the reply from the box above.`,
        });
      } else {
        // The page could not take it; the panel has the user's click, so it can copy.
        const copied = outcome.copiedToClipboard || (await navigator.clipboard.writeText(draft).then(() => true, () => false));
        if (copied) await log('copied', draft);
        setStatus({
          kind: copied ? 'info' : 'error',
          text: copied ? `${outcome.message} The reply is on your clipboard: paste it into the reply box.` : outcome.message,
        });
      }
    });

  const copy = () =>
    run(async () => {
      if (!draft.trim() || blocked) return;
      await navigator.clipboard.writeText(draft);
      await log('copied', draft);
      setStatus({ kind: 'ok', text: 'Copied. Paste it into the reply box on the page.' });
    });

  const markAnswered = () =>
    run(async () => {
      await log('answered', draft);
      setStatus({ kind: 'ok', text: 'Marked as answered and logged.' });
    });

  const ignore = () =>
    run(async () => {
      await log('ignored', '');
      setStatus({ kind: 'ok', text: 'Logged as ignored. Nothing was posted.' });
    });

  const correctTone = (value: string) =>
    run(async () => {
      const outcome = await sendMessage('correctTone', { itemId: item.id, tone: value === '' ? null : (value as Tone) });
      if (!outcome.ok) throw new Error(outcome.message);
      setStatus({ kind: 'ok', text: value ? `Tone corrected to ${value}. Replybook will remember it for this item.` : 'Correction removed.' });
    });

  // Focus lands just before the first suggestion (one Tab reaches it), or on the item's
  // name when there is none; the heading is described by the item's text.
  const hasSuggestions = settingsLoaded && result.suggestions.length > 0;
  const focusPlaced = useRef(false);
  useEffect(() => {
    if (focusPlaced.current || !settingsLoaded) return;
    focusPlaced.current = true;
    // The profile loads asynchronously: never take focus from a field the user is already typing in.
    if (isTyping(document.activeElement)) return;
    (hasSuggestions ? suggestionsHeadingRef.current : headingRef.current)?.focus({ preventScroll: true });
  }, [settingsLoaded, hasSuggestions]);

  // 1–3 pick a suggestion, e edits, Ctrl+Enter inserts.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void insert();
        return;
      }
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      // Until the profile is read, a pick would carry [placeholders] the user never saw.
      const suggestion = settingsLoaded ? result.suggestions[index] : undefined;
      if (suggestion) {
        event.preventDefault();
        pickSuggestion(index + 1, suggestion.text, suggestion.templateId);
      } else if (event.key === 'e') {
        event.preventDefault();
        editorRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <article className="detail" aria-label={`Reply to ${excerpt(item.author ?? '', 80) || 'this item'}`}>
      <button type="button" className="link" onClick={onBack}>
        ← All items
      </button>
      <header className="detail-head">
        <h2 ref={headingRef} tabIndex={-1}>
          <SafeName text={item.author} fallback="Unknown author" />
        </h2>
        <p className="muted">
          {item.kind}
          {item.rating !== undefined ? ` · ${item.rating}/${item.ratingMax ?? 5} stars` : ''}
          {item.postedAt ? ` · ${formatDateTime(item.postedAt)}` : item.timeText ? ` · ${excerpt(item.timeText, 60)}` : ''}
          {item.permalink ? (
            <>
              {' · '}
              <a href={item.permalink} target="_blank" rel="noreferrer">
                open
              </a>
            </>
          ) : null}
        </p>
      </header>
      {item.title ? <SafeText as="h3" className="item-title" text={item.title} max={300} /> : null}
      <SafeText
        as="p"
        className="item-text"
        id="item-text"
        text={item.text || '(no text: media only)'}
        mark={shownPoint !== undefined ? points[shownPoint]?.text : undefined}
      />
      {foreign || points.length ? (
        <p className="item-points" aria-label="What they said">
          {foreign ? (
            <span className="chip chip-language" title={`Detected language (${Math.round((item.labels.languageConfidence ?? 0) * 100)}% sure)`}>
              {languageName(itemLanguage)}
            </span>
          ) : null}
          {points.map((point, index) => (
            <button
              key={`${point.aspect}-${index}`}
              type="button"
              className={`chip point point-${point.polarity}`}
              aria-pressed={shownPoint === index}
              title={`${ASPECT_LABELS[point.aspect] ?? point.aspect}, ${point.polarity}: “${point.text}”${point.amount ? ` (${point.amount})` : ''}. Click to show the words.`}
              onClick={() => setShownPoint(shownPoint === index ? undefined : index)}
            >
              {ASPECT_LABELS[point.aspect] ?? point.aspect}: {point.person ?? point.amount ?? point.text}
            </button>
          ))}
        </p>
      ) : null}

      <section aria-label="Tone and why">
        <div className="tone-line">
          <span className={`chip tone-${labels.tone}`}>{labels.tone}</span>
          <span className="muted">
            {Math.round(item.labels.scores[labels.tone] * 100)}% {correction ? '(your correction)' : ''}
          </span>
          <label>
            Correct tone{' '}
            <select value={correction ?? ''} onChange={(e) => void correctTone(e.target.value)}>
              <option value="">as labelled ({item.classifierTone})</option>
              <option value="negative">negative</option>
              <option value="neutral">neutral</option>
              <option value="positive">positive</option>
            </select>
          </label>
        </div>
        {labels.flags.length ? (
          <p className="item-flags">
            {labels.flags.map((f) => (
              <span key={f} className={`flag flag-${f}`}>
                {f}
              </span>
            ))}
          </p>
        ) : null}
        {labels.reasons.length ? (
          <ul className="reasons" aria-label="Why">
            {labels.reasons.slice(0, 5).map((r) => (
              <li key={r}>{excerpt(r, 300)}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-label="Playbook">
        <h3>
          {result.playbook.name} <span className="muted">· {FAMILY_LABELS[result.family]}</span>
        </h3>
        <ol className="steps">
          {result.playbook.steps.map((step, index) => (
            <li key={index}>
              <label>
                <input type="checkbox" /> {typeof step === 'string' ? step : (step as { text: string }).text}
              </label>
            </li>
          ))}
        </ol>
        {result.notice ? <p className="notice">{result.notice}</p> : null}
        {result.languageNote ? <p className="notice">{result.languageNote}</p> : null}
        {result.canAnswerAbusive ? (
          <p className="notice">
            The language is abusive, but there is a real complaint in it, and no insult aimed at anyone.{' '}
            <button type="button" className="link" onClick={() => setAnswerAbusive(true)}>
              Answer the problem anyway
            </button>
          </p>
        ) : null}
      </section>

      {settingsLoaded && !settings.profile.brand ? (
        <p className="notice">
          Replies have parts marked [like this] until you add your brand, name and contact details.{' '}
          <button type="button" className="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/settings') as string })}>
            Open Settings
          </button>
        </p>
      ) : null}
      {!settingsLoaded ? (
        <p className="muted">Loading your profile…</p>
      ) : result.suggestions.length ? (
        <section aria-label="Suggestions">
          <h3 ref={suggestionsHeadingRef} tabIndex={-1} aria-describedby="item-text">
            Suggestions
          </h3>
          <ol className="suggestions">
            {result.suggestions.map((s, index) => (
              <li key={s.templateId}>
                <button
                  type="button"
                  className="suggestion"
                  aria-pressed={pickedIndex === index + 1}
                  aria-keyshortcuts={String(index + 1)}
                  onClick={() => pickSuggestion(index + 1, s.text, s.templateId)}
                >
                  <span className="kbd">{index + 1}</span>
                  <span className="suggestion-text">
                    <TextWithGaps text={s.text} />
                  </span>
                  <span className="muted why">{s.why}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-label="Your reply">
        <label htmlFor="draft" className="draft-label">
          Your reply <span className="muted">({length}/{limit.maxChars} characters on {limit.name})</span>
        </label>
        <textarea
          id="draft"
          ref={editorRef}
          value={draft}
          rows={6}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={result.suggestions.length ? 'Pick a suggestion (1–3) or write your own' : 'Write a reply'}
        />
        {gaps.length ? (
          <p className="warning block" role="note">
            Write the part in brackets first ({gaps.join(', ')}): it is the answer only you know. Insert and Copy wait until it is filled.
          </p>
        ) : null}
        {warnings.length ? (
          <ul className="warnings" aria-live="polite">
            {warnings.map((w, i) => (
              <li key={`${w.rule}-${i}`} className={`warning ${w.severity}`} data-rule={w.rule}>
                {w.message}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="follow-up">
          <label>
            <input type="checkbox" checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} /> Follow up in
          </label>{' '}
          <input
            type="number"
            min={1}
            max={90}
            aria-label="Follow-up delay in days"
            value={followUpDays}
            onChange={(e) => setFollowUpDays(Math.max(1, Math.min(90, Number(e.target.value) || 1)))}
          />{' '}
          days
        </div>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => void insert()}
            disabled={busy || !draft.trim() || blocked}
            aria-keyshortcuts="Control+Enter"
            title={blocked ? 'Fill or remove the marked parts and keep within the length limit first' : 'Insert into the page (Ctrl+Enter)'}
          >
            Insert
          </button>
          <button
            type="button"
            onClick={() => void copy()}
            disabled={busy || !draft.trim() || blocked}
            title={blocked ? 'Fill or remove the marked parts and keep within the length limit first' : undefined}
          >
            Copy
          </button>
          <button type="button" onClick={() => void markAnswered()} disabled={busy}>
            Mark answered
          </button>
          <button type="button" onClick={() => void ignore()} disabled={busy}>
            Ignore
          </button>
        </div>
        {status ? (
          <p className={`status ${status.kind}`} role="status">
            {status.text}
          </p>
        ) : null}
      </section>

      {previous.length ? (
        <section aria-label="Earlier responses to this item">
          <h3>Logged</h3>
          <ul className="history">
            {previous.map((r) => (
              <li key={r.id}>
                {r.action} · {formatDateTime(r.repliedAt)}
                {r.replyText ? `: ${excerpt(r.replyText, 120)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="muted small">
        Replybook never posts for you. <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>Open the dashboard</button>
      </p>
    </article>
  );
}

const FAMILY_LABELS: Record<string, string> = {
  complaint: 'complaint',
  escalation: 'urgent: public threat or safety',
  legal: 'legal',
  question: 'question',
  fan: 'fan',
  lukewarm: 'lukewarm',
  light: 'not about the business',
  ignore: 'do not engage',
};

const ASPECT_LABELS: Record<string, string> = {
  wait: 'wait',
  temperature: 'temperature',
  staff: 'staff',
  order: 'order',
  delivery: 'delivery',
  price: 'price',
  billing: 'billing',
  cleanliness: 'cleanliness',
  noise: 'noise',
  booking: 'booking',
  room: 'room',
  safety: 'safety',
  product: 'product',
  app: 'app',
  size: 'size',
  quality: 'quality',
  service: 'service',
  access: 'access',
  packaging: 'packaging',
};

/** A suggestion with its [gaps] marked so the user sees what to write. */
function TextWithGaps({ text }: { text: string }) {
  const parts = text.split(/(\[[^[\]\n]{1,120}\])/u);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="gap">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
