import { FormEvent, useState } from 'react';
import type { Schemas } from '../api/client';
import { useReport } from '../api/queries';
import { ErrorText } from '../components/ErrorText';
import { useI18n } from '../i18n/i18n';
import { CreatedClosedChart, CsatChart, FirstReplyChart } from './reports/ReportCharts';
import { browserTimeZone, lastDays, PRESET_DAYS, type ReportRange } from './reports/report-range';
import './reports/reports.css';

type Report = Schemas['ReportResponse'];

/** Loaded lazily (App.tsx): chart.js stays out of the first load. */
export function ReportsPage() {
  const { t, language } = useI18n();
  const timeZone = browserTimeZone();
  const [range, setRange] = useState<ReportRange>(() => lastDays(30));
  const [draft, setDraft] = useState<ReportRange>(range);
  // Ticket changes mark reports stale without fetching them again while shown (api/query-keys.ts).
  const { data: report, error } = useReport(range, timeZone);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setRange({ ...draft });
  };
  const preset = (days: number) => {
    const next = lastDays(days);
    setDraft(next);
    setRange(next);
  };

  const dayLabel = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });
  const labels = (report?.series ?? []).map((bucket) => dayLabel.format(new Date(`${bucket.start}T00:00:00`)));
  const csvQuery = new URLSearchParams({ ...range, timezone: timeZone }).toString();

  return (
    <section className="reports">
      <h1>{t('reports.title')}</h1>
      <form className="filters report-range" onSubmit={apply} aria-label={t('reports.range')}>
        <label>
          {t('reports.from')}
          <input
            type="date"
            value={draft.from}
            max={draft.to}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            required
          />
        </label>
        <label>
          {t('reports.to')}
          <input
            type="date"
            value={draft.to}
            min={draft.from}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            required
          />
        </label>
        <label>
          {t('reports.interval')}
          <select
            value={draft.interval}
            onChange={(event) => setDraft({ ...draft, interval: event.target.value as ReportRange['interval'] })}
          >
            <option value="day">{t('reports.byDay')}</option>
            <option value="week">{t('reports.byWeek')}</option>
          </select>
        </label>
        <button type="submit" className="primary">
          {t('reports.show')}
        </button>
        <div className="presets" role="group" aria-label={t('reports.presets')}>
          {PRESET_DAYS.map((days) => (
            <button key={days} type="button" onClick={() => preset(days)}>
              {t('reports.lastDays', { n: days })}
            </button>
          ))}
        </div>
        <a className="csv" href={`/v1/helpdesk/reports.csv?${csvQuery}`} download>
          {t('reports.csv')}
        </a>
      </form>
      <p className="hint">{t('reports.timeZone', { zone: timeZone })}</p>
      <ErrorText error={error} />
      {!report && !error && <p className="loading">{t('common.loading')}</p>}
      {report && <ReportBody report={report} labels={labels} />}
    </section>
  );
}

function ReportBody({ report, labels }: { report: Report; labels: string[] }) {
  const { t } = useI18n();
  const sum = (pick: (bucket: Report['series'][number]) => number) =>
    report.series.reduce((total, bucket) => total + pick(bucket), 0);
  const created = sum((bucket) => bucket.created);
  const ratings = sum((bucket) => bucket.csat_count);
  const csat = ratings > 0 ? sum((bucket) => (bucket.csat_average ?? 0) * bucket.csat_count) / ratings : null;
  return (
    <>
      <dl className="report-totals">
        <div>
          <dt>{t('reports.created')}</dt>
          <dd data-testid="total-created">{created}</dd>
        </div>
        <div>
          <dt>{t('reports.closed')}</dt>
          <dd>{sum((bucket) => bucket.closed)}</dd>
        </div>
        <div>
          <dt>{t('reports.csatAverage')}</dt>
          <dd>{csat === null ? '—' : `${csat.toFixed(2)} (${ratings})`}</dd>
        </div>
      </dl>
      <div className="report-charts">
        <figure>
          <figcaption>{t('reports.createdClosed')}</figcaption>
          <div className="chart">
            <CreatedClosedChart series={report.series} labels={labels} />
          </div>
        </figure>
        <figure>
          <figcaption>{t('reports.firstReply')}</figcaption>
          <div className="chart">
            <FirstReplyChart series={report.series} labels={labels} />
          </div>
        </figure>
        <figure>
          <figcaption>{t('reports.csat')}</figcaption>
          <div className="chart">
            <CsatChart series={report.series} labels={labels} />
          </div>
        </figure>
      </div>
      <AgentsTable agents={report.agents} />
      <div className="report-breakdowns">
        <Breakdown
          title={t('reports.channels')}
          column={t('reports.channel')}
          rows={report.channels.map((row) => [t(`channel.${row.channel}`), row.created])}
        />
        <Breakdown
          title={t('reports.types')}
          column={t('reports.type')}
          rows={report.types.map((row) => [row.name ?? t('reports.noType'), row.created])}
        />
      </div>
    </>
  );
}

function Duration({ seconds }: { seconds: number | null }) {
  const { t } = useI18n();
  if (seconds === null) return <>—</>;
  if (seconds < 3600) return <>{t('age.minutes', { n: Math.round(seconds / 60) })}</>;
  if (seconds < 48 * 3600) return <>{t('age.hours', { n: Math.round((seconds / 3600) * 10) / 10 })}</>;
  return <>{t('age.days', { n: Math.round((seconds / 86400) * 10) / 10 })}</>;
}

function AgentsTable({ agents }: { agents: Report['agents'] }) {
  const { t } = useI18n();
  return (
    <>
      <h2 id="report-agents">{t('reports.agents')}</h2>
      {/* Focusable, so a keyboard can scroll it sideways on a phone (axe: scrollable-region-focusable). */}
      <div className="table-scroll" role="region" aria-labelledby="report-agents" tabIndex={0}>
        <table className="report-agents" aria-labelledby="report-agents">
          <thead>
            <tr>
              <th scope="col">{t('reports.agent')}</th>
              <th scope="col" className="number">
                {t('reports.replies')}
              </th>
              <th scope="col" className="number">
                {t('reports.closed')}
              </th>
              <th scope="col" className="number">
                {t('reports.firstReplyMedian')}
              </th>
              <th scope="col" className="number">
                {t('reports.csatShort')}
              </th>
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <tr key={agent.member_id}>
                <td>{agent.name}</td>
                <td className="number">{agent.replies}</td>
                <td className="number">{agent.closed}</td>
                <td className="number">
                  <Duration seconds={agent.first_reply_p50_seconds} />
                </td>
                <td className="number">{agent.csat_average === null ? '—' : agent.csat_average.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Breakdown({ title, column, rows }: { title: string; column: string; rows: Array<[string, number]> }) {
  const { t } = useI18n();
  return (
    <table className="report-breakdown">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col" className="number">
            {t('reports.created')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, created]) => (
          <tr key={name}>
            <td>{name}</td>
            <td className="number">{created}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
