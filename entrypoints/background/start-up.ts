import { getModel } from '@/lib/classifier';
import { patternsLeftToPrime, primeWhileIdle } from '@/lib/classifier/pattern-priming';
import { prepareLanguageDetector } from '@/lib/reading/language';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings } from '@/lib/settings/storage';
import type { Item } from '@/lib/sites/item';
import { labelItems } from './labelling';

/**
 * Start-up order of the service worker: the first page's labels come first.
 *
 * When the browser starts, the first page's `itemsFound` often is what starts the worker, or
 * arrives within a second or two of it. The worker reads the settings at once (the first report
 * uses that read); everything else a start does (the follow-up badge, added sites, recovering
 * interrupted inserts) waits for the first report's answer, or for LATE_START_MS when no page reports.
 * While no page has reported, the worker prepares that read in short steps (`primeWhileWaiting`:
 * the English model, the language detector, the reading's patterns compiled), then reads samples
 * (`warmFirstLabels`), and stops when a page reports. A report waits for the step under way only,
 * and every step is work its own read would otherwise do cold (traced in Chromium 156, the saved
 * Trustpilot page's 20 reviews read on the worker's clock: 1.1 s cold, 0.67–0.73 s after the
 * patterns were compiled, 0.24–0.31 s after the samples too, 0.07–0.13 s warm).
 */

/** Start-up work runs this long after the worker started when no page reported items before. */
export const LATE_START_MS = 4_000;

/** Set when a page's items arrive: warming stops, the handler labels what it needs itself. */
let pageReported = false;
export function itemsArrived(): void {
  pageReported = true;
}

let firstAnswered: () => void = () => undefined;
const afterFirst = new Promise<void>((resolve) => {
  firstAnswered = resolve;
});

/** Call when an `itemsFound` was answered: the deferred start-up work may run. */
export function firstLabelsAnswered(): void {
  firstAnswered();
}

/** Runs `task` once the first page's labels were answered (or LATE_START_MS passed), in its own task. */
export function afterFirstLabels(task: () => void | Promise<void>, what: string): void {
  void afterFirst.then(() =>
    setTimeout(() => {
      void Promise.resolve()
        .then(task)
        .catch((error: unknown) => console.warn(`[replybook] start-up: ${what}`, error));
    }, 0),
  );
}

/**
 * Settings read by the warm-up are used by the first page's report when they are this fresh (or
 * still being read): that report then waits for no second read of a cold database. Later reports read them again.
 */
export const START_SETTINGS_FRESH_MS = 2_000;

let startSettings: { promise: Promise<Settings | undefined>; readAt?: number } | undefined;

/** The settings for a page's report: the warm-up's read once, while fresh, else a new read. Unreadable → undefined. */
export function settingsForReport(now = Date.now()): Promise<Settings | undefined> {
  const early = startSettings;
  startSettings = undefined;
  if (early && (early.readAt === undefined || now - early.readAt <= START_SETTINGS_FRESH_MS)) return early.promise;
  return loadSettings().catch(() => undefined);
}

/** Starts the start-up read of the settings (opening the database), which the first report may use (`settingsForReport`). */
export function readSettingsEarly(): Promise<Settings | undefined> {
  const read = { promise: loadSettings().catch(() => undefined) } as NonNullable<typeof startSettings>;
  void read.promise.then(() => {
    read.readAt = Date.now();
  });
  startSettings = read;
  return read.promise;
}

/**
 * English samples first: the reading's word cues (shared by every language) and the English model
 * are what any first page needs. Each is read in its own task, so a page's report waits for one at
 * most; three of them, as the browser compiles a pattern to fast code only on its second use and
 * some patterns are reached only by stars, a complaint or a question.
 */
const WARM_ENGLISH: readonly Item[] = [
  {
    id: 'warm-en-1',
    site: 'demo',
    kind: 'review',
    title: 'Great service',
    text: 'Great service, thanks! But the delivery was two weeks late and nobody answered my emails.',
    rating: 3,
    ratingMax: 5,
    author: 'Sam Lee',
    isOwnerReply: false,
  },
  {
    id: 'warm-en-2',
    site: 'demo',
    kind: 'review',
    title: 'Still waiting for my refund',
    text: 'Ordered on 3 May, charged twice and still no refund after 3 weeks. The app keeps crashing when I try to log in. Can you tell me when I will get my money back?',
    rating: 1,
    ratingMax: 5,
    author: 'Alex Moore',
    isOwnerReply: false,
  },
  {
    id: 'warm-en-3',
    site: 'demo',
    kind: 'comment',
    text: 'Lovely staff and the lessons are easy to follow. Maria was so helpful, I would recommend it to anyone!',
    rating: 5,
    ratingMax: 5,
    author: 'Jo Smith',
    isOwnerReply: false,
  },
];

/** One short sample per other language the classifier reads: enough to build its tables. */
const WARM_TEXTS: Record<string, string> = {
  es: 'Buen curso, gracias. Pero el pedido llegó tarde y nadie contestó mis correos.',
  fr: 'Très bon service, merci. Mais la livraison est arrivée en retard.',
  de: 'Guter Service, danke. Aber die Lieferung kam zwei Wochen zu spät.',
  it: 'Ottimo servizio, grazie. Ma la consegna è arrivata in ritardo.',
  pt: 'Ótimo serviço, obrigado. Mas a entrega chegou atrasada.',
  ar: 'خدمة ممتازة، شكرا. لكن التوصيل تأخر كثيرا.',
};

/** The next task: lets a message that arrived meanwhile be handled first. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Chrome delivers a message only once the worker is idle (traced: a report waited for a whole
 * chain of zero-delay timers). So the warm-up pauses WARM_GAP_MS before each step: a pending
 * report is handled first, and the warm-up stops.
 */
const WARM_GAP_MS = 10;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function warmLanguage(language: string): void {
  const text = WARM_TEXTS[language];
  if (!text || pageReported) return;
  labelItems([{ id: `warm-${language}`, site: 'demo', kind: 'review', text, isOwnerReply: false }]);
}

/**
 * Warms what labels need when the browser started with no page to label (`startUp`), each step
 * in its own task: English (the reading's shared cues and the model every language builds on),
 * the browser's and the replier's languages, then the rest. Stops as soon as a page reports.
 */
export async function warmFirstLabels(): Promise<void> {
  if (pageReported) return;
  const settings = loadSettings().catch(() => undefined);
  for (const sample of WARM_ENGLISH) {
    await pause(WARM_GAP_MS);
    if (pageReported) return;
    labelItems([sample]);
  }
  const uiLanguage = (globalThis.navigator?.language ?? 'en').slice(0, 2).toLowerCase();
  const order = [uiLanguage, ...((await settings)?.profile.languages ?? []), ...Object.keys(WARM_TEXTS)];
  const warmed = new Set(['en']);
  for (const language of order) {
    if (warmed.has(language)) continue;
    warmed.add(language);
    await pause(WARM_GAP_MS);
    warmLanguage(language);
  }
}

/**
 * Compiling done per step while the worker waits for its first page. A report that arrives waits
 * for the step under way; it needs that work anyway (its items reach most of these patterns), so
 * steps are long enough that the pauses between them (WARM_GAP_MS each) waste little.
 */
export const PRIME_STEP_MS = 40;

/**
 * While no page has reported, from the worker's start: the English model decoded, the language
 * detector's tables built, then the reading's patterns compiled (`primeWhileIdle`: the common
 * ones, then those few items reach), a step of PRIME_STEP_MS at a time with WARM_GAP_MS between
 * steps, in which a report is handled. After a browser start the worker waits a second or more
 * for the first page. Traced in Chromium 156 (the worker's own clock, the saved Trustpilot page's 20
 * reviews): read cold they took 1.1 s, read after this 0.29–0.31 s, and again 0.08–0.1 s. Unlike
 * the warm-up of samples (`warmFirstLabels`), no step delays a report by work it does not need,
 * so this runs at once and not only when no page came.
 */
export async function primeWhileWaiting(): Promise<void> {
  await pause(WARM_GAP_MS);
  if (pageReported) return;
  getModel();
  await pause(WARM_GAP_MS);
  if (pageReported) return;
  prepareLanguageDetector();
  while (patternsLeftToPrime() > 0) {
    await pause(WARM_GAP_MS);
    if (pageReported) return;
    primeWhileIdle(PRIME_STEP_MS);
  }
}

/**
 * The worker's start-up, after its listeners are wired: the settings read now (the first report
 * uses it); while no page has reported, the patterns compiled (`primeWhileWaiting`), then the
 * samples read (`warmFirstLabels`); and the deferred work's deadline.
 */
export function startUp(): void {
  setTimeout(() => void readSettingsEarly(), 0);
  void primeWhileWaiting()
    .then(warmFirstLabels)
    .catch((error: unknown) => console.warn('[replybook] start-up: warm-up', error));
  setTimeout(firstLabelsAnswered, LATE_START_MS);
}
