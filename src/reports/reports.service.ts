import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CHANNELS } from '../common/channels.js';
import { Clock } from '../common/clock.js';
import { SettingsService } from '../settings/settings.service.js';
import type { ReportQuery, ReportResponse } from './dto/report.dto.js';
import { resolveReportWindow } from './report-window.js';
import { UnknownTimeZone } from './reports.errors.js';
import { ReportsStore, type ReportWindow } from './reports.store.js';

/** The zone a report counts days in when the query names none. */
const DEFAULT_TIME_ZONE = 'UTC';

const rounded = (value: string | number | null): number | null =>
  value === null ? null : Math.round(Number(value) * 100) / 100;

/**
 * The team report: per-bucket volumes, speeds, SLA and CSAT, per agent, per channel and per ticket type.
 * All numbers come from PostgreSQL (percentile_cont); this service picks the window and shapes the answer.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly store: ReportsStore,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async report(project: AuthenticatedProject, query: ReportQuery): Promise<ReportResponse> {
    const resolved = resolveReportWindow(query, DEFAULT_TIME_ZONE, this.clock.now());
    const window: ReportWindow = { projectId: project.id, ...resolved };
    const settings = await this.settings.get(project);
    const thresholds = { firstReply: settings.slaFirstReplyHours, resolve: settings.slaResolveHours };
    const { series, agents, channels, types } = await this.store
      .report(window, thresholds.firstReply, thresholds.resolve)
      .catch((error: unknown) => {
        throw isUnknownZoneError(error) ? new UnknownTimeZone(resolved.timeZone) : error;
      });
    const slaSet = thresholds.firstReply !== null || thresholds.resolve !== null;
    const createdByChannel = new Map(channels.map((row) => [row.channel, row.created]));
    return {
      from: resolved.from,
      to: resolved.to,
      interval: resolved.interval,
      timezone: resolved.timeZone,
      series: series.map((row) => ({
        start: row.start,
        created: row.created,
        closed: row.closed,
        first_reply_p50_seconds: rounded(row.first_reply_p50),
        first_reply_p90_seconds: rounded(row.first_reply_p90),
        resolution_p50_seconds: rounded(row.resolution_p50),
        sla_met_percent: slaSet && row.created > 0 ? rounded((100 * row.sla_met) / row.created) : null,
        csat_average: rounded(row.csat_average),
        csat_count: row.csat_count,
      })),
      agents: agents.map((row) => ({
        member_id: row.member_id,
        name: row.name,
        replies: row.replies,
        closed: row.closed,
        first_reply_p50_seconds: rounded(row.first_reply_p50),
        csat_average: rounded(row.csat_average),
      })),
      channels: CHANNELS.map((channel) => ({ channel, created: createdByChannel.get(channel) ?? 0 })),
      types: types.map((row) => ({ ticket_type_id: row.ticket_type_id, name: row.name, created: row.created })),
    };
  }
}

/** PostgreSQL's answer to a zone its own database lacks (Intl knew it): invalid_parameter_value. */
function isUnknownZoneError(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '22023' && typeof message === 'string' && message.includes('time zone');
}
