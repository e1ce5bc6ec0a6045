import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import {
  ListDeliveriesQuery,
  PutWebhookDto,
  WebhookDeliveryListResponse,
  WebhookDeliveryResponse,
  WebhookResponse,
} from './dto/webhook.dto.js';
import { toWebhookDeliveryResponse, toWebhookResponse } from './webhook.mapper.js';
import { WebhooksService } from './webhooks.service.js';
import { RequirePermission } from '../common/auth/permissions.js';

@ApiTags('Webhook')
@ApiBearerAuth()
@ApiErrorResponses()
@RequirePermission('config.write')
@Controller('v1/webhook')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOperation({ summary: "The project's webhook, with its signing secret (404 when none is set)" })
  @ApiOkResponse({ type: WebhookResponse })
  async get(@CurrentProject() project: AuthenticatedProject): Promise<WebhookResponse> {
    return toWebhookResponse(await this.webhooks.get(project));
  }

  @Put()
  @ApiOperation({
    summary: 'Set the webhook (one per project). The secret is generated on creation and kept on updates.',
  })
  @ApiOkResponse({ type: WebhookResponse })
  async put(@CurrentProject() project: AuthenticatedProject, @Body() body: PutWebhookDto): Promise<WebhookResponse> {
    return toWebhookResponse(await this.webhooks.put(project, body));
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the webhook; events from now on are not sent' })
  @ApiNoContentResponse()
  async remove(@CurrentProject() project: AuthenticatedProject): Promise<void> {
    await this.webhooks.remove(project);
  }

  @Get('deliveries')
  @ApiOperation({ summary: 'Delivery log: one entry per attempt, newest first' })
  @ApiOkResponse({ type: WebhookDeliveryListResponse })
  async deliveries(
    @CurrentProject() project: AuthenticatedProject,
    @Query() query: ListDeliveriesQuery,
  ): Promise<WebhookDeliveryListResponse> {
    const [deliveries, configured] = [
      await this.webhooks.listDeliveries(project, query),
      await this.webhooks.isConfigured(project),
    ];
    return { deliveries: deliveries.map(toWebhookDeliveryResponse), webhook_configured: configured };
  }

  @Post('deliveries/:id/redeliver')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the event of this attempt again, now; returns the new attempt' })
  @ApiOkResponse({ type: WebhookDeliveryResponse })
  @ApiErrorResponses(409)
  async redeliver(
    @CurrentProject() project: AuthenticatedProject,
    @Param('id') id: string,
  ): Promise<WebhookDeliveryResponse> {
    return toWebhookDeliveryResponse(await this.webhooks.redeliver(project, id));
  }
}
