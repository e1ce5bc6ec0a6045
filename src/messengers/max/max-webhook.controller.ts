import { Body, Controller, Headers, HttpCode, OnModuleInit, Post } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PublicRoute } from '../../common/auth/api-key.guard.js';
import { JsonLane } from '../../common/http/json-lane.js';
import { webhookLaneRoute } from '../webhook-lane-route.js';
import { MessengerBotDisabled, MessengerSecretInvalid } from '../messengers.errors.js';
import { ApiErrorResponses } from '../../common/openapi/api-error-responses.js';
import { MaxBotService } from './max-bot.service.js';

export class MaxWebhookResponse {
  @ApiProperty({ example: true })
  ok: boolean;
}

/** Where Max POSTs updates (webhook mode). Authenticated by the secret given to POST /subscriptions. */
@ApiTags('Messenger webhooks')
@Controller('max/webhook')
export class MaxWebhookController implements OnModuleInit {
  constructor(
    private readonly bot: MaxBotService,
    private readonly lane: JsonLane,
  ) {}

  /** The plain case (bot on, right secret, a JSON body) is served by the JSON lane; this route serves the rest. */
  onModuleInit(): void {
    this.lane.register(webhookLaneRoute('/max/webhook', 'x-max-bot-api-secret', this.bot));
  }

  @Post()
  @PublicRoute()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Max Bot API webhook: one Update per request (called by Max, not by API clients)',
    description:
      'With the right secret every JSON body is answered 200: a malformed update (a field of the wrong type, a ' +
      'missing field) is ignored, logged and counted in zapnoty_messenger_updates_ignored_total, since any ' +
      'other answer makes Max deliver it again.',
  })
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
    await this.bot.processUpdate(body);
    return { ok: true };
  }
}
