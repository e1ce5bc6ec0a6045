import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { ReportQuery, ReportResponse } from './dto/report.dto.js';
import { ReportsService } from './reports.service.js';

@ApiTags('Reports')
@ApiBearerAuth()
@ApiErrorResponses()
@RequirePermission('read')
@Controller('v1/helpdesk')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports')
  @ApiOperation({
    summary: 'Team report by day or week: volumes, first reply and resolution percentiles, SLA, CSAT, agents',
  })
  @ApiOkResponse({ type: ReportResponse })
  report(@CurrentProject() project: AuthenticatedProject, @Query() query: ReportQuery): Promise<ReportResponse> {
    return this.reports.report(project, query);
  }
}
