import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { CustomField } from '../custom-fields/custom-field.entity.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';
import { TeamService } from '../team/team.service.js';
import { CSV_BOM, csvRow } from './csv.js';
import { type TicketListFilter, type TicketListRow, TicketListStore } from './ticket-list.store.js';

/** Rows read per statement: big enough to keep round trips few, small enough to keep memory flat. */
export const EXPORT_BATCH = 1000;

const COLUMNS = [
  'number',
  'subject',
  'status',
  'priority',
  'channel',
  'customer',
  'assignee',
  'type',
  'tags',
  'created_at',
  'first_reply_at',
  'closed_at',
  'csat',
];

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * GET /v1/helpdesk/tickets/export.csv: every ticket matching the list's filters, newest first, streamed in
 * keyset batches (ticket_number below the last one sent), each batch written only once the client has taken
 * the previous one (backpressure), so memory stays flat whatever the number of tickets.
 */
@Injectable()
export class TicketExportService {
  private readonly logger = new Logger('TicketExport');

  constructor(
    private readonly list: TicketListStore,
    private readonly team: TeamService,
    private readonly customFields: CustomFieldsService,
  ) {}

  async stream(project: AuthenticatedProject, filter: TicketListFilter, response: Response): Promise<void> {
    const [members, fields] = await Promise.all([this.team.list(project), this.customFields.list(project)]);
    const names = new Map(members.map((member) => [member.id, member.name]));
    response.status(200);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="tickets.csv"');
    response.setHeader('Cache-Control', 'no-store');
    let closed = false;
    response.on('close', () => (closed = true));
    response.on('error', (error) => {
      closed = true;
      this.logger.warn({ msg: 'export stream failed', error: error.message });
    });
    try {
      await this.write(response, CSV_BOM + csvRow([...COLUMNS, ...fields.map((field) => field.key)]));
      let before: number | undefined;
      while (!closed) {
        const rows = await this.list.page(project.id, filter, { limit: EXPORT_BATCH, offset: 0, beforeNumber: before });
        if (rows.length === 0) break;
        const chunk = rows.map((row) => csvRow(exportCells(row, names, fields))).join('');
        if (!(await this.write(response, chunk))) break;
        if (rows.length < EXPORT_BATCH) break;
        before = rows[rows.length - 1].ticket_number;
      }
      if (!closed) response.end();
    } catch (error) {
      // The status line is gone already: the only honest signal left is a broken (unterminated) response.
      this.logger.error({ msg: 'export failed mid-stream', error: (error as Error).message });
      response.destroy(error as Error);
    }
  }

  /** Writes and waits for the socket to drain when its buffer is full; false when the client went away. */
  private async write(response: Response, text: string): Promise<boolean> {
    if (response.destroyed || response.writableEnded) return false;
    if (response.write(text)) return true;
    await new Promise<void>((resolve) => {
      const done = () => {
        response.off('drain', done);
        response.off('close', done);
        resolve();
      };
      response.on('drain', done);
      response.on('close', done);
    });
    return !response.destroyed;
  }
}

function exportCells(row: TicketListRow, names: Map<string, string>, fields: CustomField[]) {
  const customer = [row.customer_first_name, row.customer_username ? `@${row.customer_username}` : null]
    .filter(Boolean)
    .join(' ');
  const values = row.custom_fields ?? {};
  return [
    row.ticket_number,
    row.subject,
    row.status,
    row.priority,
    row.channel,
    customer || null,
    row.assigned_to ? (names.get(row.assigned_to) ?? row.assigned_to) : null,
    row.ticket_type_name,
    row.tags.join(', '),
    iso(row.created_at),
    iso(row.first_reply_at),
    iso(row.closed_at),
    row.csat_rating,
    ...fields.map((field) => {
      const value = values[field.key];
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    }),
  ];
}
