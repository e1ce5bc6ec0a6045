import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { CreditsService } from './credits.service.js';
import { CreditsResponse } from './dto/credits-response.dto.js';
import { RequirePermission } from '../common/auth/permissions.js';

@ApiTags('Credits')
@ApiBearerAuth()
@ApiErrorResponses()
// Reading the balance is a read: every role, viewer included, may see it.
@RequirePermission('read')
@Controller('v1/credits')
export class CreditsController {
  constructor(private readonly credits: CreditsService) {}

  @Get()
  @ApiOperation({
    summary:
      "This month's credits: 1 per public agent reply, the free monthly allowance first, then the purchased balance",
  })
  @ApiOkResponse({ type: CreditsResponse })
  get(@CurrentProject() project: AuthenticatedProject): Promise<CreditsResponse> {
    return this.credits.get(project);
  }
}
