import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { type Sql, sqlOfManager, sqlOfPool } from '../common/database/sql.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { TicketTypesService } from '../ticket-types/ticket-types.service.js';
import type { TicketResponse } from './dto/ticket-response.dto.js';
import { slaThresholdsOf } from './sla.js';
import { emptyChange } from './ticket-change.js';
import { TicketEditStore } from './ticket-edit.store.js';
import { toTicketResponse } from './ticket.mapper.js';
import { TicketWriter } from './ticket-writer.service.js';
import { TicketNotFound } from './tickets.errors.js';
import { TicketsService } from './tickets.service.js';
import type { TicketStatus } from './ticket-enums.js';
import type { ChangeOptions } from './ticket-inputs.js';

export interface TicketEdit {
  subject?: string | null;
  ticket_type_id?: string | null;
  custom_fields?: Record<string, unknown>;
}

/**
 * Changes to what a ticket is about (subject, type, custom fields), `ticket.updated`, and deletion,
 * `ticket.deleted`. Each runs in one transaction that locks the ticket; the events go to the outbox in it.
 */
@Injectable()
export class TicketEditsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: TicketWriter,
    private readonly settings: SettingsService,
    private readonly ticketTypes: TicketTypesService,
    private readonly outbox: OutboxService,
    private readonly store: TicketEditStore,
    private readonly customFields: CustomFieldsService,
    private readonly tickets: TicketsService,
  ) {}

  /** The custom field values of a new ticket, checked (422 invalid_custom_field) before it is created. */
  async newTicketValues(
    project: AuthenticatedProject,
    values: Record<string, unknown> | undefined,
  ): Promise<Record<string, unknown> | undefined> {
    if (values === undefined) return undefined;
    return this.customFields.mergeValues(project, sqlOfPool(this.dataSource), {}, values);
  }

  /** `cf_<key>` list filters checked against the project's fields (422 invalid_custom_field for an unknown key). */
  listFilters(project: AuthenticatedProject, filters: Record<string, string>): Promise<Record<string, string>> {
    return this.customFields.checkFilters(project, sqlOfPool(this.dataSource), filters);
  }

  /**
   * A status change over the API or MCP: closing needs every field required to close set (422
   * custom_field_required, nothing changed); then TicketsService.changeStatus.
   */
  async changeStatus(
    project: AuthenticatedProject,
    ticketId: string,
    status: TicketStatus,
    options: ChangeOptions,
  ): Promise<TicketResponse> {
    if (status === 'closed') {
      const ticket = await this.writer.load(project, sqlOfPool(this.dataSource), ticketId);
      if (ticket.status !== 'closed')
        await this.customFields.assertClosable(project, sqlOfPool(this.dataSource), [ticket.customFields]);
    }
    return this.tickets.changeStatus(project, ticketId, status, options);
  }

  /** Only the fields sent change; nothing changed → the ticket as it is, and no event. */
  async update(project: AuthenticatedProject, ticketId: string, edit: TicketEdit): Promise<TicketResponse> {
    return this.dataSource.transaction(async (manager) => {
      const sql = sqlOfManager(manager);
      const ticket = await this.writer.load(project, sql, ticketId, true);
      const settings = await this.settings.get(project, sql);
      const change = emptyChange();
      const changed: string[] = [];
      if (edit.subject !== undefined && edit.subject !== ticket.subject) {
        change.set.subject = edit.subject;
        if (edit.subject) change.searchText = edit.subject;
        changed.push('subject');
      }
      if (edit.ticket_type_id !== undefined && edit.ticket_type_id !== ticket.ticketTypeId) {
        const type = edit.ticket_type_id
          ? await this.ticketTypes.requireUsableType(project, edit.ticket_type_id, sql)
          : null;
        change.set.ticketTypeId = type?.id ?? null;
        change.set.ticketTypeName = type?.name ?? null;
        changed.push('ticket_type_id');
      }
      if (edit.custom_fields !== undefined) {
        const values = await this.customFields.mergeValues(project, sql, ticket.customFields, edit.custom_fields);
        if (JSON.stringify(values) !== JSON.stringify(ticket.customFields)) {
          change.set.customFields = values;
          changed.push('custom_fields');
        }
      }
      const response = await this.writer.commit(project, sql, ticket, change, settings);
      if (!response) return toTicketResponse(ticket, slaThresholdsOf(settings));
      await this.announce(project, sql, 'ticket.updated', ticket.id, { ...response, changes: changed });
      return response;
    });
  }

  /** Deletes the ticket for good (its number is never reused) and fires `ticket.deleted` with its last state. */
  async remove(project: AuthenticatedProject, ticketId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const sql = sqlOfManager(manager);
      const ticket = await this.writer.load(project, sql, ticketId, true);
      const response = toTicketResponse(ticket, slaThresholdsOf(await this.settings.get(project, sql)));
      if (!(await this.store.delete(sql, project.id, ticket.id))) throw new TicketNotFound();
      await this.announce(project, sql, 'ticket.deleted', ticket.id, { ...response });
    });
  }

  private async announce(
    project: AuthenticatedProject,
    sql: Sql,
    eventType: string,
    ticketId: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await this.outbox.append(sql, [
      { projectId: project.id, topic: 'webhook', eventType, aggregateId: ticketId, payload },
    ]);
  }
}
