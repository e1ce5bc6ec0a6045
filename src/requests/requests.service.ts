import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomToken } from '../common/auth/api-key.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import type { Env } from '../config/env.js';
import { SettingsService } from '../settings/settings.service.js';
import { TicketTypesService } from '../ticket-types/ticket-types.service.js';
import type { CreateHelpdeskRequestDto, HelpdeskRequestResponse } from './dto/helpdesk-request.dto.js';
import { effectiveStatus, HelpdeskRequest } from './helpdesk-request.entity.js';
import { HelpdeskRequestStore } from './helpdesk-request.store.js';
import { HelpdeskRequestNotFound } from './requests.errors.js';
import { type MessengerChannel } from '../common/channels.js';

/** The spec's TTL: a request link lives 15 minutes. */
export const REQUEST_TTL_SECONDS = 900;
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9]{16}$/;
/** Deep-link payload prefix: `?start=hdreq_<request_id>`. */
export const REQUEST_START_PREFIX = 'hdreq_';

export interface RequestAnswer {
  channel: MessengerChannel;
  chatId: string;
}

@Injectable()
export class RequestsService {
  constructor(
    private readonly requests: HelpdeskRequestStore,
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    private readonly settings: SettingsService,
    private readonly ticketTypes: TicketTypesService,
  ) {}

  async create(project: AuthenticatedProject, input: CreateHelpdeskRequestDto): Promise<HelpdeskRequestResponse> {
    await this.settings.requireTicketCreationAllowed(project, undefined, 'customer');
    // The type must be one the customer could pick: enabled, of this project (422 otherwise).
    if (input.ticket_type_id) await this.ticketTypes.requireUsableType(project, input.ticket_type_id);
    const id = randomToken(16);
    await this.requests.insertPending(
      {
        id,
        projectId: project.id,
        requestedChannel: input.channel ?? null,
        ticketTypeId: input.ticket_type_id ?? null,
      },
      REQUEST_TTL_SECONDS,
    );
    const payload = `${REQUEST_START_PREFIX}${id}`;
    return {
      request_id: id,
      ...(input.channel !== 'max'
        ? {
            telegram_link: `https://t.me/${this.config.get('TELEGRAM_BOT_USERNAME', { infer: true })}?start=${payload}`,
          }
        : {}),
      ...(input.channel !== 'telegram'
        ? { max_link: `https://max.ru/${this.config.get('MAX_BOT_USERNAME', { infer: true })}?start=${payload}` }
        : {}),
      expires_in: REQUEST_TTL_SECONDS,
    };
  }

  /** A request of the project; another project's id is missing, like an unknown one. */
  async get(project: AuthenticatedProject, requestId: string): Promise<HelpdeskRequest> {
    const request = REQUEST_ID_PATTERN.test(requestId)
      ? await this.requests.findInProject(project.id, requestId)
      : null;
    if (!request) throw new HelpdeskRequestNotFound();
    return request;
  }

  /**
   * For the bot: the deep-link payload is the capability, so lookup is by id alone. Returns null for an
   * unknown id. `expiresAt` is compared with the database clock by the callers through effectiveStatus.
   */
  async findForMessenger(requestId: string): Promise<HelpdeskRequest | null> {
    if (!REQUEST_ID_PATTERN.test(requestId)) return null;
    return this.requests.findById(requestId);
  }

  /**
   * Marks a pending, unexpired request accepted by a subscriber. Returns false when it was no longer
   * pending (answered elsewhere, or expired): a conditional UPDATE, so two taps cannot both win.
   */
  accept(sql: Sql, requestId: string, subscriberId: string, answer: RequestAnswer): Promise<boolean> {
    return this.requests.accept(sql, requestId, subscriberId, answer.channel, answer.chatId);
  }

  cancel(requestId: string, answer: RequestAnswer): Promise<boolean> {
    return this.requests.cancel(requestId, answer.channel, answer.chatId);
  }

  static statusOf(request: HelpdeskRequest): ReturnType<typeof effectiveStatus> {
    return effectiveStatus(request);
  }
}
