import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { formatCount, formatDate, formatDuration } from '@/entrypoints/dashboard/components/format';
import { monthRange, monthReport, monthsWithResponses, type MonthKey } from '@/lib/storage/month-report';
import type { ReplybookDB } from '@/lib/storage/db';

function monthName(month: MonthKey): string {
  return new Date(monthRange(month)[0]).toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
}

const share = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);

/**
 * One month of replies as a report to print or save as PDF: the user picks the month, the
 * print stylesheet keeps this report and drops the navigation, controls and all-time charts.
 */
export function MonthlyReport({ db }: { db: ReplybookDB }) {
  const months = useLiveQuery(() => monthsWithResponses(db), [db]);
  const [chosen, setChosen] = useState<MonthKey | undefined>();
  const month = chosen && months?.includes(chosen) ? chosen : months?.[0];
  const report = useLiveQuery(() => (month ? monthReport(db, month) : undefined), [db, month]);

  // The browser prints only the report while this flag is on (see the print stylesheet).
  useEffect(() => {
    const done = () => delete document.documentElement.dataset.print;
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);

  if (!months) return null;
  if (months.length === 0) {
    return (
      <section aria-labelledby="month-report-title" className="month-report">
        <h2 id="month-report-title">Monthly report</h2>
        <p className="muted">The report fills in as you reply from the side panel.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="month-report-title" className="month-report">
      <h2 id="month-report-title">Monthly report{month ? `: ${monthName(month)}` : ''}</h2>
      <div className="no-print month-report-controls">
        <label>
          Month
          <select value={month} onChange={(e) => setChosen(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthName(m)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button
          type="button"
          onClick={() => {
            document.documentElement.dataset.print = 'month';
            window.print();
          }}
        >
          Print this month or save as PDF
        </button>
      </div>
      {report && month ? (
        <>
          <p className="month-report-dateline">
            Replybook, {monthName(month)}: {formatDate(monthRange(month)[0])} to {formatDate(monthRange(month)[1] - 1)}. Printed{' '}
            {formatDate(Date.now())}.
          </p>
          <dl className="summary" aria-label={`Figures for ${monthName(month)}`}>
            <div>
              <dt>Items handled</dt>
              <dd>{formatCount(report.responses)}</dd>
            </div>
            <div>
              <dt>Answered</dt>
              <dd>
                {formatCount(report.answered)} ({formatCount(report.ignored)} left unanswered on purpose)
              </dd>
            </div>
            <div>
              <dt>Median time to reply</dt>
              <dd>{report.medianReplyMs === undefined ? '–' : formatDuration(report.medianReplyMs)}</dd>
            </div>
            <div>
              <dt>Negative items answered within 24 h</dt>
              <dd>
                {share(report.negativesAnsweredIn24h, report.negativesAnswered)} ({formatCount(report.negativesAnsweredIn24h)} of{' '}
                {formatCount(report.negativesAnswered)})
              </dd>
            </div>
            <div>
              <dt>Follow-ups</dt>
              <dd>
                {formatCount(report.followUpsDone)} done, {formatCount(report.followUpsOpen)} still open
              </dd>
            </div>
          </dl>
          <table className="month-table">
            <caption>Tone of what you handled</caption>
            <thead>
              <tr>
                <th scope="col">Tone</th>
                <th scope="col">Items</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {(['negative', 'neutral', 'positive', 'unlabelled'] as const).map((tone) => (
                <tr key={tone}>
                  <th scope="row">{tone}</th>
                  <td>{formatCount(report.tones[tone])}</td>
                  <td>{share(report.tones[tone], report.responses)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="month-table">
            <caption>By site</caption>
            <thead>
              <tr>
                <th scope="col">Site</th>
                <th scope="col">Items</th>
                <th scope="col">Negative</th>
              </tr>
            </thead>
            <tbody>
              {report.bySite.map((row) => (
                <tr key={row.site}>
                  <th scope="row">{row.site}</th>
                  <td>{formatCount(row.responses)}</td>
                  <td>{formatCount(row.negative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted">Counting…</p>
      )}
    </section>
  );
}
