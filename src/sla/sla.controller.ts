import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { SlaReportQuery, SlaReportResponse } from './dto/sla-report.dto.js';
import { SlaReportService } from './sla-report.service.js';
import { RequirePermission } from '../common/auth/permissions.js';

@ApiTags('Helpdesk settings')
@ApiBearerAuth()
@ApiErrorResponses()
@RequirePermission('read')
@Controller('v1/helpdesk/sla')
export class SlaController {
  constructor(private readonly sla: SlaReportService) {}

  @Get()
  @ApiOperation({ summary: 'SLA compliance report (tickets created in from..to) and the current thresholds' })
  @ApiOkResponse({ type: SlaReportResponse })
  report(@CurrentProject() project: AuthenticatedProject, @Query() query: SlaReportQuery): Promise<SlaReportResponse> {
    return this.sla.report(project, query);
  }
}
