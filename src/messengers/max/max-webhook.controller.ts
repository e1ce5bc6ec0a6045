import { Body, Controller, Headers, HttpCode, OnModuleInit, Post } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PublicRoute } from '../../common/auth/api-key.guard.js';
import { JsonLane } from '../../common/http/json-lane.js';
import { webhookLaneRoute } from '../webhook-lane-route.js';
import { MalformedMessengerUpdate, MessengerBotDisabled, MessengerSecretInvalid } from '../messengers.errors.js';
import { ApiErrorResponses } from '../../common/openapi/api-error-responses.js';
import { MaxBotService } from './max-bot.service.js';
import type { MaxUpdate } from './max-updates.js';

export class MaxWebhookResponse {
  @ApiProperty({ example: true })
  ok: boolean;
}

/** A Max Update as far as this route checks it: an update_type and an integer timestamp. */
function isUpdate(body: unknown): body is MaxUpdate {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const update = body as { update_type?: unknown; timestamp?: unknown };
  return typeof update.update_type === 'string' && Number.isSafeInteger(update.timestamp);
}

/** Where Max POSTs updates (webhook mode). Authenticated by the secret given to POST /subscriptions. */
@ApiTags('Messenger webhooks')
@Controller('max/webhook')
export class MaxWebhookController implements OnModuleInit {
  constructor(
    private readonly bot: MaxBotService,
    private readonly lane: JsonLane,
  ) {}

  /** The plain case (bot on, right secret, an update) is served by the JSON lane; this route serves the rest. */
  onModuleInit(): void {
    this.lane.register(webhookLaneRoute('/max/webhook', 'x-max-bot-api-secret', this.bot, isUpdate));
  }

  @Post()
  @PublicRoute()
  @HttpCode(200)
  @ApiOperation({ summary: 'Max Bot API webhook: one Update per request (called by Max, not by API clients)' })
  @ApiHeader({ name: 'X-Max-Bot-Api-Secret', required: true, description: 'Must equal MAX_WEBHOOK_SECRET' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['update_type', 'timestamp'],
      properties: { update_type: { type: 'string' }, timestamp: { type: 'integer' } },
      additionalProperties: true,
    },
  })
  @ApiOkResponse({ type: MaxWebhookResponse })
  @ApiErrorResponses()
  async receive(
    @Headers('x-max-bot-api-secret') secret: string | undefined,
    @Body() body: unknown,
  ): Promise<MaxWebhookResponse> {
    if (!this.bot.enabled) throw new MessengerBotDisabled('max bot');
    if (!this.bot.isValidWebhookSecret(secret)) throw new MessengerSecretInvalid('X-Max-Bot-Api-Secret');
    if (!isUpdate(body)) {
      throw new MalformedMessengerUpdate('body must be a Max Update with update_type and an integer timestamp');
    }
    await this.bot.processUpdate(body);
    return { ok: true };
  }
}
