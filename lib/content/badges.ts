import type { Labels, Tone } from '@/lib/classifier/labels';
import { badgeView } from '@/lib/display/flags';

const TONE_STYLE: Record<Tone | 'pending' | 'answered', { label: string; color: string; text: string }> = {
  positive: { label: 'Positive', color: '#1f7a3a', text: '#fff' },
  neutral: { label: 'Neutral', color: '#5b6270', text: '#fff' },
  negative: { label: 'Negative', color: '#b3261e', text: '#fff' },
  pending: { label: 'Reading…', color: '#d9dce1', text: '#222' },
  answered: { label: 'Answered', color: '#2b5cab', text: '#fff' },
};

// Colours by a data attribute on the button, from the one shared sheet: a repaint sets one
// attribute instead of two inline style properties per badge (a burst paints hundreds).
const TONE_RULES = (Object.keys(TONE_STYLE) as Array<keyof typeof TONE_STYLE>)
  .map((tone) => `button[data-tone="${tone}"] { background: ${TONE_STYLE[tone].color}; color: ${TONE_STYLE[tone].text}; }`)
  .join('\n');

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 4px; }
button { all: initial; cursor: pointer; font: 600 11px/1.6 system-ui, sans-serif; padding: 0 8px;
  border-radius: 999px; box-shadow: 0 0 0 1px rgba(0,0,0,.08); }
button:focus-visible { outline: 2px solid #2b5cab; outline-offset: 2px; }
${TONE_RULES}
`;

let sheet: CSSStyleSheet | null | undefined;
/** One parsed style sheet shared by every badge (a page may carry thousands), where supported. */
function sharedSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  } catch {
    sheet = null;
  }
  return sheet;
}

export interface Badge {
  host: HTMLElement;
  setTone(tone: Tone | 'pending' | 'answered', detail?: string, marks?: readonly string[]): void;
  /** The tone plus what weighed on it: stars, a language the replier does not write, the most urgent flags. */
  setReading(labels: Labels, options?: { replyLanguages?: readonly string[]; answered?: boolean }): void;
  remove(): void;
}

/**
 * Draws a small tone badge in a closed shadow root, so the page's CSS cannot
 * restyle it and ours cannot leak into the page. Text is set with textContent only.
 */
export function createBadge(onClick: () => void): Badge {
  const host = document.createElement('replybook-badge');
  host.setAttribute('data-rb-badge', '');
  host.setAttribute('data-rb-state', 'pending');
  const root = host.attachShadow({ mode: 'closed' });
  // A copy of one pending button: a burst draws a hundred badges, and one clone is a single
  // call where building each button took a dozen.
  const button = pendingButton();
  const shared = sharedSheet();
  if (shared) {
    root.adoptedStyleSheets = [shared];
    root.append(button);
  } else {
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style, button);
  }
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onClick();
  });
  /** What is shown now: a repaint with the same reading touches nothing. */
  let shownKey = PENDING_KEY;
  const badge: Badge = {
    host,
    setTone(tone, detail, marks = []) {
      const view = toneView(tone, detail, marks);
      if (view.key === shownKey) return;
      shownKey = view.key;
      button.textContent = view.shown;
      button.dataset.tone = tone;
      button.title = view.title;
      button.setAttribute('aria-label', view.ariaLabel);
      // Only whether a label is there, never which: the page can read this attribute,
      // and the tone may be the user's private correction.
      host.setAttribute('data-rb-state', tone === 'pending' ? 'pending' : 'labelled');
    },
    setReading(labels, options = {}) {
      const view = badgeView(labels, options);
      badge.setTone(labels.tone, view.detail, view.marks);
    },
    remove() {
      host.remove();
    },
  };
  return badge;
}

/** What setTone('pending') shows, as the pending button carries it from the start. */
function toneView(tone: Tone | 'pending' | 'answered', detail?: string, marks: readonly string[] = []) {
  const look = TONE_STYLE[tone];
  const shown = [look.label, ...marks].join(' · ');
  return {
    key: `${tone}\u0000${shown}\u0000${detail ?? ''}`,
    shown,
    title: detail ? `Replybook: ${look.label} — ${detail}` : `Replybook: ${look.label}. Click to reply.`,
    ariaLabel: `Replybook: ${shown}. Open in the side panel`,
  };
}

const PENDING_KEY = toneView('pending').key;

let pendingTemplate: HTMLButtonElement | undefined;
function pendingButton(): HTMLButtonElement {
  if (!pendingTemplate || pendingTemplate.ownerDocument !== document) {
    const view = toneView('pending');
    pendingTemplate = document.createElement('button');
    pendingTemplate.type = 'button';
    pendingTemplate.textContent = view.shown;
    pendingTemplate.dataset.tone = 'pending';
    pendingTemplate.title = view.title;
    pendingTemplate.setAttribute('aria-label', view.ariaLabel);
  }
  return pendingTemplate.cloneNode(true) as HTMLButtonElement;
}
