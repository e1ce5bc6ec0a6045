import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { InvalidDateRange } from './sla.errors.js';
import { SettingsService } from '../settings/settings.service.js';
import { SlaReportQuery, SlaReportResponse } from './dto/sla-report.dto.js';
import { SlaReportStore } from './sla-report.store.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * The SLA compliance report. Breaches follow the ticket's own `sla` flags (tickets/sla.ts): due times
 * count from creation with the current thresholds, in business time when the project has business hours
 * (and so do the average response and resolution times); a target met late, or unmet and already past due, is
 * breached; a null threshold is never breached.
 */
@Injectable()
export class SlaReportService {
  constructor(
    private readonly store: SlaReportStore,
    private readonly settings: SettingsService,
  ) {}

  async report(project: AuthenticatedProject, query: SlaReportQuery): Promise<SlaReportResponse> {
    const from = query.from ? new Date(query.from) : null;
    // A bare date as the end of the range means the whole of that day.
    const to = query.to ? new Date(new Date(query.to).getTime() + (DATE_ONLY.test(query.to) ? DAY_MS - 1 : 0)) : null;
    if (from && to && from.getTime() > to.getTime()) throw new InvalidDateRange();
    const settings = await this.settings.get(project);
    const row = await this.store.summarize(
      project.id,
      from,
      to,
      settings.slaFirstReplyHours,
      settings.slaResolveHours,
      settings.businessHours,
    );
    const number = (value: string | number | null): number | null =>
      value === null ? null : Math.round(Number(value) * 100) / 100;
    return {
      thresholds: { sla_first_reply_hours: settings.slaFirstReplyHours, sla_resolve_hours: settings.slaResolveHours },
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      tickets_total: row.total,
      tickets_closed: row.closed,
      avg_first_response_seconds: number(row.avg_first_response),
      avg_resolution_seconds: number(row.avg_resolution),
      first_reply_breached: row.first_reply_breached,
      resolve_breached: row.resolve_breached,
      csat_average: number(row.csat_average),
      csat_ratings: row.csat_ratings,
    };
  }
}
