import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { ReportQuery, ReportResponse } from './dto/report.dto.js';
import { REPORT_CSV_COLUMNS, reportSeriesCsv } from './report-csv.js';
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

  @Get('reports.csv')
  @ApiOperation({ summary: 'The series of GET /v1/helpdesk/reports as CSV (UTF-8), one row per bucket' })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: `Columns: ${REPORT_CSV_COLUMNS.join(', ')}; an empty field is null`,
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async reportCsv(
    @CurrentProject() project: AuthenticatedProject,
    @Query() query: ReportQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const report = await this.reports.report(project, query);
    // Set only once the report exists: an error must still go out as JSON.
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="report-${report.from}-${report.to}.csv"`);
    return reportSeriesCsv(report.series);
  }
}
