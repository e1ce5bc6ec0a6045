import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import {
  CreateRoutingRuleDto,
  RoutingRuleListResponse,
  RoutingRuleResponse,
  UpdateRoutingRuleDto,
} from './dto/routing-rule.dto.js';
import { toRoutingRuleResponse } from './routing-rule.mapper.js';
import { RoutingService } from './routing.service.js';
import { RequirePermission } from '../common/auth/permissions.js';

@ApiTags('Routing rules')
@ApiBearerAuth()
@ApiErrorResponses()
@RequirePermission('config.write')
@Controller('v1/helpdesk/routing-rules')
export class RoutingController {
  constructor(private readonly routing: RoutingService) {}

  @Get()
  @RequirePermission('read')
  @ApiOperation({ summary: 'All routing rules, in the order they are tried on a new ticket' })
  @ApiOkResponse({ type: RoutingRuleListResponse })
  async list(@CurrentProject() project: AuthenticatedProject): Promise<RoutingRuleListResponse> {
    return { routing_rules: (await this.routing.list(project)).map(toRoutingRuleResponse) };
  }

  @Post()
  @ApiOperation({
    summary: 'Create a routing rule; a bad condition or action key, or an assignee who is not a member → 422',
  })
  @ApiCreatedResponse({ type: RoutingRuleResponse })
  async create(
    @CurrentProject() project: AuthenticatedProject,
    @Body() body: CreateRoutingRuleDto,
  ): Promise<RoutingRuleResponse> {
    return toRoutingRuleResponse(await this.routing.create(project, body));
  }

  @Put(':rule_id')
  @ApiOperation({
    summary: 'Change a routing rule: only the fields sent change; condition and action are replaced whole',
  })
  @ApiParam({ name: 'rule_id', format: 'uuid' })
  @ApiOkResponse({ type: RoutingRuleResponse })
  async update(
    @CurrentProject() project: AuthenticatedProject,
    @Param('rule_id') ruleId: string,
    @Body() body: UpdateRoutingRuleDto,
  ): Promise<RoutingRuleResponse> {
    return toRoutingRuleResponse(await this.routing.update(project, ruleId, body));
  }

  @Delete(':rule_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a routing rule' })
  @ApiParam({ name: 'rule_id', format: 'uuid' })
  @ApiNoContentResponse()
  async remove(@CurrentProject() project: AuthenticatedProject, @Param('rule_id') ruleId: string): Promise<void> {
    await this.routing.remove(project, ruleId);
  }
}
