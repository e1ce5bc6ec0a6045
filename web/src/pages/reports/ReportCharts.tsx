import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import type { Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

// Only the pieces these charts draw, so the lazy chunk carries no unused controllers.
ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

type Bucket = Schemas['ReportBucketResponse'];

const BLUE = '#2563eb';
const GREEN = '#1b7f3b';
const AMBER = '#b45309';

const common = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false as const,
  interaction: { mode: 'index' as const, intersect: false },
  plugins: { legend: { position: 'bottom' as const } },
};

/** Tickets created and closed per bucket, side by side. */
export function CreatedClosedChart({ series, labels }: { series: Bucket[]; labels: string[] }) {
  const { t } = useI18n();
  const created = series.reduce((sum, bucket) => sum + bucket.created, 0);
  const closed = series.reduce((sum, bucket) => sum + bucket.closed, 0);
  return (
    <Bar
      role="img"
      aria-label={t('reports.createdClosedSummary', { created, closed })}
      data={{
        labels,
        datasets: [
          { label: t('reports.created'), data: series.map((bucket) => bucket.created), backgroundColor: BLUE },
          { label: t('reports.closed'), data: series.map((bucket) => bucket.closed), backgroundColor: GREEN },
        ],
      }}
      options={{ ...common, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }}
    />
  );
}

const minutes = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 60) * 10) / 10);

/** Median and 90th percentile of the first reply, in minutes; gaps where nothing was answered. */
export function FirstReplyChart({ series, labels }: { series: Bucket[]; labels: string[] }) {
  const { t } = useI18n();
  return (
    <Line
      role="img"
      aria-label={t('reports.firstReplyChart')}
      data={{
        labels,
        datasets: [
          {
            label: t('reports.p50'),
            data: series.map((bucket) => minutes(bucket.first_reply_p50_seconds)),
            borderColor: BLUE,
            backgroundColor: BLUE,
          },
          {
            label: t('reports.p90'),
            data: series.map((bucket) => minutes(bucket.first_reply_p90_seconds)),
            borderColor: AMBER,
            backgroundColor: AMBER,
          },
        ],
      }}
      options={{ ...common, scales: { y: { beginAtZero: true, title: { display: true, text: t('reports.min') } } } }}
    />
  );
}

/** The average rating per bucket on the 1–5 scale. */
export function CsatChart({ series, labels }: { series: Bucket[]; labels: string[] }) {
  const { t } = useI18n();
  return (
    <Line
      role="img"
      aria-label={t('reports.csatChart')}
      data={{
        labels,
        datasets: [
          {
            label: t('reports.csatAverage'),
            data: series.map((bucket) => bucket.csat_average),
            borderColor: GREEN,
            backgroundColor: GREEN,
            spanGaps: true,
          },
        ],
      }}
      options={{ ...common, scales: { y: { min: 1, max: 5, ticks: { stepSize: 1 } } } }}
    />
  );
}
