import { loadSettings } from '@/lib/settings/storage';
import { getDb } from '@/lib/storage/db';
import { labelItems } from './labelling';

/**
 * Start-up order of the service worker: the first page's labels come first.
 *
 * When the browser starts, a page's `itemsFound` usually arrives a few hundred ms after the
 * worker; labelling it cold decoded the models and built the reading's tables on the spot
 * (~1 s of the ~1.6 s the badges waited). So the worker warms what the first labels need as
 * soon as its listeners are wired (the database and settings, the English model and the
 * reading's tables, then the replier's and the browser's languages), one task per step so a
 * message that arrives meanwhile is answered between steps. Everything else a start
 * does (the follow-up badge, added sites, recovering interrupted inserts) waits until the first
 * `itemsFound` is answered, or LATE_START_MS when no page reports.
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

/** One short sample per language the classifier reads: enough to build each language's tables. */
const WARM_TEXTS: Record<string, string> = {
  en: 'Great service, thanks! But the delivery was two weeks late and nobody answered my emails.',
  es: 'Buen curso, gracias. Pero el pedido llegó tarde y nadie contestó mis correos.',
  fr: 'Très bon service, merci. Mais la livraison est arrivée en retard.',
  de: 'Guter Service, danke. Aber die Lieferung kam zwei Wochen zu spät.',
  it: 'Ottimo servizio, grazie. Ma la consegna è arrivata in ritardo.',
  pt: 'Ótimo serviço, obrigado. Mas a entrega chegou atrasada.',
  ar: 'خدمة ممتازة، شكرا. لكن التوصيل تأخر كثيرا.',
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function warmLanguage(language: string): void {
  const text = WARM_TEXTS[language];
  if (!text || pageReported) return;
  labelItems([{ id: `warm-${language}`, site: 'demo', kind: 'review', text, isOwnerReply: false }]);
}

/**
 * Warms the first labels' needs, each step in its own task: the database and settings are
 * opened (IndexedDB works off this thread meanwhile), then English (the reading's shared tables
 * and the model every language builds on), the browser's and the replier's languages, then the rest.
 */
export async function warmFirstLabels(): Promise<void> {
  const settings = loadSettings().catch(() => undefined);
  void getDb()
    .open()
    .catch(() => undefined);
  await nextTask();
  warmLanguage('en');
  const uiLanguage = (globalThis.navigator?.language ?? 'en').slice(0, 2).toLowerCase();
  const order = [uiLanguage, ...((await settings)?.profile.languages ?? []), ...Object.keys(WARM_TEXTS)];
  const warmed = new Set(['en']);
  for (const language of order) {
    if (warmed.has(language)) continue;
    warmed.add(language);
    await nextTask();
    warmLanguage(language);
  }
}
