import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PublicRoute } from '../../common/auth/api-key.guard.js';
import { MalformedMessengerUpdate, MessengerBotDisabled, MessengerSecretInvalid } from '../messengers.errors.js';
import { ApiErrorResponses } from '../../common/openapi/api-error-responses.js';
import { MaxBotService } from './max-bot.service.js';
import type { MaxUpdate } from './max-updates.js';

export class MaxWebhookResponse {
  @ApiProperty({ example: true })
  ok: boolean;
}

/** Where Max POSTs updates (webhook mode). Authenticated by the secret given to POST /subscriptions. */
@ApiTags('Messenger webhooks')
@Controller('max/webhook')
export class MaxWebhookController {
  constructor(private readonly bot: MaxBotService) {}

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
    const update = body as MaxUpdate | null;
    if (
      typeof update !== 'object' ||
      update === null ||
      Array.isArray(update) ||
      typeof update.update_type !== 'string' ||
      !Number.isSafeInteger(update.timestamp)
    ) {
      throw new MalformedMessengerUpdate('body must be a Max Update with update_type and an integer timestamp');
    }
    await this.bot.processUpdate(update);
    return { ok: true };
  }
}
