import { UnitOfWork } from '../common/database/unit-of-work.js';
import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import { SettingsService } from '../settings/settings.service.js';
import { TeamService } from '../team/team.service.js';
import { bulkTicketIds, parseBulkAction, planBulk } from './ticket-bulk.js';
import { emptyChange } from './ticket-change.js';
import type { BulkInput, ChangeOptions } from './ticket-inputs.js';
import { TicketStore } from './ticket.store.js';
import { TicketWriter } from './ticket-writer.service.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';

/** POST /v1/helpdesk/tickets/bulk and the MCP bulk tool. */
@Injectable()
export class TicketBulkService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: TicketWriter,
    private readonly settings: SettingsService,
    private readonly team: TeamService,
    private readonly tickets: TicketStore,
    private readonly customFields: CustomFieldsService,
  ) {}

  /**
   * One action over up to 100 tickets in one transaction. Unknown and foreign ids are skipped;
   * `affected` counts tickets that actually changed, each firing its usual events.
   */
  async bulk(
    project: AuthenticatedProject,
    input: BulkInput,
    options: ChangeOptions = { source: 'bulk' },
  ): Promise<{ affected: number }> {
    const ids = bulkTicketIds(input.ticket_ids);
    const plan = parseBulkAction(input.action, input.value);
    const validIds = ids.filter(isUuid);
    if (validIds.length === 0) return { affected: 0 };
    return this.unitOfWork.write(async (tx) => {
      if (plan.kind === 'assign' && plan.memberId !== null) {
        await this.team.requireMember(project, plan.memberId, 'value', tx);
      }
      const settings = await this.settings.get(project, tx);
      // Locked in id order, so two bulk requests over overlapping tickets cannot deadlock.
      const tickets = await this.tickets.lockMany(tx, project.id, validIds);
      // Closing needs every field required to close set on each ticket: otherwise none is changed (422).
      if (plan.kind === 'status' && plan.status === 'closed') {
        const closing = tickets.filter((ticket) => ticket.status !== 'closed');
        await this.customFields.assertClosable(
          project,
          tx,
          closing.map((ticket) => ticket.customFields),
        );
      }
      let affected = 0;
      for (const ticket of tickets) {
        const change = emptyChange();
        planBulk(ticket, plan, change, options);
        if (await this.writer.commit(project, tx, ticket, change, settings)) affected += 1;
      }
      return { affected };
    });
  }
}
