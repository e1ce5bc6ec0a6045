import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { CustomFieldFilterInterceptor, CustomFieldFilters } from './custom-field-filters.js';
import { ListTicketsQuery } from './dto/ticket-request.dto.js';
import { TicketEditsService } from './ticket-edits.service.js';
import { TicketExportService } from './ticket-export.service.js';

/** The list's filters without its paging: the export has every matching ticket. */
export class ExportTicketsQuery extends OmitType(ListTicketsQuery, ['limit', 'offset', 'cursor'] as const) {}

@ApiTags('Helpdesk tickets')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('v1/helpdesk/tickets')
export class TicketExportController {
  constructor(
    private readonly exports: TicketExportService,
    private readonly edits: TicketEditsService,
  ) {}

  @Get('export.csv')
  @RequirePermission('read')
  @UseInterceptors(CustomFieldFilterInterceptor)
  @ApiOperation({
    summary: 'Every ticket matching the list filters as CSV (UTF-8 with BOM), newest first, streamed',
    description:
      'Columns: number, subject, status, priority, channel, customer, assignee, type, tags, created_at, ' +
      'first_reply_at, closed_at, csat, then one per custom field (its key). Filters as GET /v1/helpdesk/tickets ' +
      '(cf_<key>=<value> included). A cell starting with = + - @ gets a leading apostrophe (no formulas).',
  })
  @ApiProduces('text/csv')
  @ApiResponse({ status: 200, description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } })
  async export(
    @CurrentProject() project: AuthenticatedProject,
    @Query() query: ExportTicketsQuery,
    @CustomFieldFilters() filters: Record<string, string>,
    @Res() response: Response,
  ): Promise<void> {
    const custom_fields = await this.edits.listFilters(project, filters);
    await this.exports.stream(project, { ...query, custom_fields }, response);
  }
}
