import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import type { Env } from '../config/env.js';
import { MemberTelegramService } from '../team/member-telegram.service.js';
import type { TicketMessageResponse, TicketResponse } from '../tickets/dto/ticket-response.dto.js';
import { type MirroredEventRow, TeamChatMirrorStore } from './team-chat-mirror.store.js';
import { topicName } from './team-chat-mirror.service.js';
import { type NotifyPositionRow, TeamChatNotifyStore } from './team-chat-notify.store.js';
import { TeamChatTelegram } from './team-chat-telegram.js';
import { TEAM_TEXTS } from './team-chat-texts.js';

const PREVIEW_MAX = 500;

/**
 * Private notifications of linked members, from the project's event stream at its own position: a ticket
 * assigned to them, the customer writing on their ticket (each switch on by default). Telegram's 429 holds
 * the project for retry_after; a member who blocked the bot is skipped.
 */
@Injectable()
export class TeamChatNotifyService {
  private readonly logger = new Logger('TeamChatNotify');
  private readonly pool: Sql;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    private readonly store: TeamChatNotifyStore,
    private readonly events: TeamChatMirrorStore,
    private readonly members: MemberTelegramService,
    private readonly telegram: TeamChatTelegram,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  /** Sends one leased project's due notifications; how long to hold its lease (0: done). */
  async runProject(row: NotifyPositionRow): Promise<number> {
    let position = row.stream_position;
    for (;;) {
      const events = await this.events.eventsAfter(this.pool, row.project_id, position);
      if (events.length === 0) return 0;
      for (const event of events) {
        const wait = await this.notify(row.project_id, event);
        if (wait > 0) return wait;
        position = event.stream_position;
        await this.store.advance(this.pool, row.project_id, position);
      }
    }
  }

  private async notify(projectId: string, event: MirroredEventRow): Promise<number> {
    const ticket = event.payload as TicketResponse & { message?: TicketMessageResponse };
    if (!ticket.assigned_to) return 0;
    const customerWrote = event.event_type === 'ticket.replied' && ticket.message?.author === 'customer';
    if (event.event_type !== 'ticket.assigned' && !customerWrote) return 0;
    const member = await this.members.ofMember(projectId, ticket.assigned_to);
    if (!member || !(customerWrote ? member.notify_customer_replied : member.notify_assigned)) return 0;
    const link = `${this.config.get('PUBLIC_URL', { infer: true }).replace(/\/$/, '')}/tickets/${ticket.id}`;
    const name = topicName(ticket, '');
    const text = customerWrote
      ? TEAM_TEXTS.notifyCustomerWrote(name, (ticket.message!.text || '📎').slice(0, PREVIEW_MAX), link)
      : TEAM_TEXTS.notifyAssigned(name, link);
    try {
      await this.telegram.send(member.user_id, text);
      return 0;
    } catch (error) {
      const failure = this.telegram.classify(error);
      if (failure.kind === 'rate_limited') return failure.waitMs;
      if (failure.kind === 'retry') return 5_000;
      this.logger.warn({ msg: 'notification not delivered', project_id: projectId, reason: failure.description });
      return 0;
    }
  }
}
