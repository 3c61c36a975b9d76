import { browser } from 'wxt/browser';
import { formatDateTime } from '@/lib/display/format';
import { excerpt } from '@/lib/display/text';
import type { ResponseRow } from '@/lib/storage/db';

/** What was logged for this item before, newest first, and the way to the dashboard. */
export function LoggedHistory({ previous }: { previous: ResponseRow[] }) {
  return (
    <>
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
        Replybook never posts for you.{' '}
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Open the dashboard
        </button>
      </p>
    </>
  );
}
