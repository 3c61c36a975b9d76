import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useDb } from '@/entrypoints/dashboard/components/db-context';
import { formatCount, formatDate, formatDuration } from '@/entrypoints/dashboard/components/format';
import { MonthlyReport } from '@/entrypoints/dashboard/components/MonthlyReport';
import { listSites } from '@/lib/storage/queries';
import { aggregateStats, itemFigures, withItemFigures } from '@/lib/storage/stats';

// Colours chosen to read on light and dark backgrounds; tone colours match the badges.
const COLOURS = {
  positive: '#2e9d5b',
  neutral: '#8a8f98',
  negative: '#d9534f',
  unlabelled: '#b58900',
  accent: '#3b82f6',
  done: '#2e9d5b',
  due: '#e08a1e',
};

function Chart({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong> <span className="muted">{summary}</span>
      </figcaption>
      <div className="chart-box" role="img" aria-label={`${title}: ${summary}`}>
        <ResponsiveContainer width="100%" height={220}>
          {children as React.ReactElement}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** One week as the charts read it; null where a figure is not counted yet. */
interface WeekPoint {
  week: string;
  responses: number;
  positive: number;
  neutral: number;
  negative: number;
  unlabelled: number;
  medianHours: number | null;
  within24h: number | null;
  due: number | null;
  done: number | null;
  turnarounds: number | null;
}

const percent = (share: number | undefined) => (share === undefined ? '–' : `${Math.round(share * 100)}%`);

export function NumbersPage() {
  const db = useDb();
  const [site, setSite] = useState('');
  const sites = useLiveQuery(() => listSites(db), [db]) ?? [];
  // Aggregates kept on write: counts, tone mix, medians and follow-ups show at once.
  const quick = useLiveQuery(() => aggregateStats(db, site ? { site } : {}), [db, site]);
  // Negatives within 24 h and turnarounds read items and responses: they follow.
  const figures = useLiveQuery(() => itemFigures(db, site ? { site } : {}), [db, site]);
  const stats = useMemo(() => (quick && figures ? withItemFigures(quick, figures) : quick), [quick, figures]);
  const counted = figures !== undefined;
  const weeks = useMemo(
    (): WeekPoint[] =>
      (stats?.weeks ?? []).map((week) => ({
        week: formatDate(week.weekStart),
        responses: week.responses,
        positive: week.tones.positive,
        neutral: week.tones.neutral,
        negative: week.tones.negative,
        unlabelled: week.tones.unlabelled,
        medianHours: week.medianReplyMs === undefined ? null : Math.round((week.medianReplyMs / 3_600_000) * 10) / 10,
        within24h: counted && week.negativesSeen ? Math.round((week.negativesAnsweredIn24h / week.negativesSeen) * 100) : null,
        due: week.followUpsDue,
        done: week.followUpsDone,
        turnarounds: counted ? week.turnarounds : null,
      })),
    [stats, counted],
  );
  const summary = stats?.summary;
  const counts = summary;
  /** An item figure, or a dash until it is counted. */
  const itemFigure = (value: ReactNode) => (counted ? value : '…');
  return (
    <section aria-labelledby="numbers-title">
      <h1 id="numbers-title">Numbers</h1>
      {/* The print stylesheet drops the navigation and controls: the page prints as a report. */}
      <p className="print-only">
        Replybook report{site ? ` for ${site}` : ''}, printed {formatDate(Date.now())}
      </p>
      <MonthlyReport db={db} />
      <button type="button" className="no-print" onClick={() => window.print()}>
        Print or save as PDF
      </button>{' '}
      <label className="no-print">
        Site
        <select value={site} onChange={(event) => setSite(event.target.value)}>
          <option value="">All sites</option>
          {sites.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {stats === undefined ? <p className="muted">Counting…</p> : null}
      {stats !== undefined && !counted ? <p className="muted">Counting negatives answered within 24 h and turnarounds…</p> : null}
      {summary ? (
        <dl className="summary">
          <div>
            <dt>Responses</dt>
            <dd>{formatCount(summary.responses)}</dd>
          </div>
          <div>
            <dt>Median time to reply</dt>
            <dd>{formatDuration(summary.medianReplyMs)}</dd>
          </div>
          <div>
            <dt>Negatives answered within 24 h</dt>
            <dd>
              {itemFigure(
                <>
                  {percent(summary.shareNegativesIn24h)}{' '}
                  <span className="muted">
                    ({formatCount(summary.negativesAnsweredIn24h)} of {formatCount(summary.negativesSeen)})
                  </span>
                </>,
              )}
            </dd>
          </div>
          <div>
            <dt>Follow-ups</dt>
            <dd>
              {summary.followUps.done} done, {summary.followUps.overdue} overdue, {summary.followUps.scheduled} scheduled
            </dd>
          </div>
          <div>
            <dt>Turned around</dt>
            <dd>{itemFigure(formatCount(summary.turnarounds))}</dd>
          </div>
        </dl>
      ) : null}
      {stats && stats.weeks.length === 0 ? <p className="empty">No responses yet, so nothing to chart.</p> : null}
      {weeks.length > 0 ? (
        <div className="charts">
          <Chart title="Responses per week" summary={`${formatCount(counts?.responses ?? 0)} in total`}>
            <BarChart data={weeks}>
              <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
              <XAxis dataKey="week" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="responses" name="Responses" fill={COLOURS.accent} />
            </BarChart>
          </Chart>
          <Chart
            title="Tone mix over time"
            summary={`${counts?.tones.negative ?? 0} negative, ${counts?.tones.neutral ?? 0} neutral, ${counts?.tones.positive ?? 0} positive`}
          >
            <BarChart data={weeks}>
              <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
              <XAxis dataKey="week" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="negative" stackId="tone" name="negative" fill={COLOURS.negative} />
              <Bar dataKey="neutral" stackId="tone" name="neutral" fill={COLOURS.neutral} />
              <Bar dataKey="positive" stackId="tone" name="positive" fill={COLOURS.positive} />
              <Bar dataKey="unlabelled" stackId="tone" name="unlabelled" fill={COLOURS.unlabelled} />
            </BarChart>
          </Chart>
          <Chart title="Median time to reply (hours)" summary={formatDuration(summary?.medianReplyMs)}>
            <LineChart data={weeks}>
              <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
              <XAxis dataKey="week" />
              <YAxis />
              <Tooltip />
              <Line dataKey="medianHours" name="Median hours" stroke={COLOURS.accent} connectNulls dot={false} />
            </LineChart>
          </Chart>
          <Chart title="Negatives answered within 24 h (%)" summary={counted ? percent(summary?.shareNegativesIn24h) : 'counting…'}>
            <LineChart data={weeks}>
              <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
              <XAxis dataKey="week" />
              <YAxis domain={[0, 100]} />
              <Tooltip />
              <Line dataKey="within24h" name="% within 24 h" stroke={COLOURS.negative} connectNulls dot={false} />
            </LineChart>
          </Chart>
          <Chart
            title="Follow-ups: done vs due"
            summary={`${summary?.followUps.done ?? 0} done, ${summary?.followUps.overdue ?? 0} overdue`}
          >
            <BarChart data={weeks}>
              <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
              <XAxis dataKey="week" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="due" name="came due" fill={COLOURS.due} />
              <Bar dataKey="done" name="done" fill={COLOURS.done} />
            </BarChart>
          </Chart>
          <Chart
            title="Turnarounds"
            summary={counted ? `${summary?.turnarounds ?? 0} people turned more positive after a reply` : 'counting…'}
          >
            <BarChart data={weeks}>
              <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
              <XAxis dataKey="week" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="turnarounds" name="Turnarounds" fill={COLOURS.positive} />
            </BarChart>
          </Chart>
        </div>
      ) : null}
      {stats && stats.bySite.length > 0 ? (
        <table className="by-site">
          <caption>Per site</caption>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Responses</th>
              <th scope="col">Median time to reply</th>
              <th scope="col">Negatives within 24 h</th>
              <th scope="col">Follow-ups done / overdue</th>
              <th scope="col">Turnarounds</th>
            </tr>
          </thead>
          <tbody>
            {stats.bySite.map((row) => (
              <tr key={row.site}>
                <th scope="row">{row.site}</th>
                <td>{row.responses}</td>
                <td>{formatDuration(row.medianReplyMs)}</td>
                <td>{itemFigure(percent(row.shareNegativesIn24h))}</td>
                <td>
                  {row.followUps.done} / {row.followUps.overdue}
                </td>
                <td>{itemFigure(formatCount(row.turnarounds))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
