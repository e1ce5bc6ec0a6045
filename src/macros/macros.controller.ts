import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { type Actor, CurrentActor } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { IsOptionalNullable } from '../common/validation/decorators.js';
import { TicketResponse } from '../tickets/dto/ticket-response.dto.js';
import { CreateMacroDto, MacroListResponse, MacroResponse, UpdateMacroDto } from './dto/macro.dto.js';
import { toMacroResponse } from './macro.mapper.js';
import { MacrosService } from './macros.service.js';

const MACRO_ID = { name: 'macro_id', format: 'uuid', description: 'Macro id' };

export class ApplyMacroDto {
  @ApiProperty({
    required: false,
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'With the API key: the member the text is written as (a session is always its own member)',
  })
  @IsOptionalNullable()
  @IsUUID()
  member_id?: string | null;
}

@ApiTags('Macros')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('v1/helpdesk')
export class MacrosController {
  constructor(private readonly macros: MacrosService) {}

  @Get('macros')
  @RequirePermission('read')
  @ApiOperation({ summary: 'All macros of the project, oldest first' })
  @ApiOkResponse({ type: MacroListResponse })
  async list(@CurrentProject() project: AuthenticatedProject): Promise<MacroListResponse> {
    return { macros: (await this.macros.list(project)).map(toMacroResponse) };
  }

  @Post('macros')
  @RequirePermission('config.write')
  @ApiOperation({ summary: 'Create a macro (admin+); unknown {{variables}} or a non-member assignee → 422' })
  @ApiCreatedResponse({ type: MacroResponse })
  async create(@CurrentProject() project: AuthenticatedProject, @Body() body: CreateMacroDto): Promise<MacroResponse> {
    return toMacroResponse(await this.macros.create(project, body));
  }

  @Put('macros/:macro_id')
  @RequirePermission('config.write')
  @ApiOperation({ summary: 'Change a macro (admin+): only the fields sent change; actions are replaced whole' })
  @ApiParam(MACRO_ID)
  @ApiOkResponse({ type: MacroResponse })
  async update(
    @CurrentProject() project: AuthenticatedProject,
    @Param('macro_id') macroId: string,
    @Body() body: UpdateMacroDto,
  ): Promise<MacroResponse> {
    return toMacroResponse(await this.macros.update(project, macroId, body));
  }

  @Delete('macros/:macro_id')
  @RequirePermission('config.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a macro (admin+)' })
  @ApiParam(MACRO_ID)
  @ApiNoContentResponse()
  async remove(@CurrentProject() project: AuthenticatedProject, @Param('macro_id') macroId: string): Promise<void> {
    await this.macros.remove(project, macroId);
  }

  @Post('tickets/:id/macros/:macro_id')
  @RequirePermission('tickets.write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Apply a macro to a ticket (support+): its text and every action in one transaction',
    description:
      'A public text costs 1 credit like a reply: with none left → 402 and nothing is applied. ' +
      '`assign: "me"` with the API key → 422 `macro_assign_me_needs_member`.',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'Ticket id' })
  @ApiParam(MACRO_ID)
  @ApiOkResponse({ type: TicketResponse })
  @ApiErrorResponses(402, 409)
  apply(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('id') ticketId: string,
    @Param('macro_id') macroId: string,
    @Body() body: ApplyMacroDto,
  ): Promise<TicketResponse> {
    return this.macros.apply(project, actor, ticketId, macroId, body.member_id ?? null);
  }
}
