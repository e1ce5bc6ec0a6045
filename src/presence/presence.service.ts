import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { SessionRequired } from '../common/auth/auth.errors.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { NotificationListener } from '../common/database/notification-listener.js';
import { isUuid } from '../common/ids.js';
import { DatabaseEndpoint } from '../database/database-endpoint.js';
import { EventStreamHub } from '../events/event-stream.hub.js';
import { TicketNotFound } from '../tickets/tickets.errors.js';
import type { PresenceResponse, PresenceState } from './dto/presence.dto.js';
import { PRESENCE_NOTIFY_CHANNEL, type PresenceChange, TicketPresenceStore } from './ticket-presence.store.js';

/** How long a heartbeat keeps a member on a ticket: the console renews `viewing` every 5 s. */
export const PRESENCE_TTL_SECONDS = { viewing: 15, typing: 6 } as const;

/**
 * Who else is on a ticket: a signed-in member's heartbeat is stored with an expiry and announced to every
 * server process (NOTIFY), each of which writes a `ticket.presence` frame to the project's open
 * `GET /v1/events` streams. Of the moment only: no position, not replayed after a reconnect.
 */
@Injectable()
export class PresenceService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Presence');
  private readonly listener: NotificationListener;

  constructor(
    private readonly store: TicketPresenceStore,
    private readonly hub: EventStreamHub,
    database: DatabaseEndpoint,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.listener = new NotificationListener(PRESENCE_NOTIFY_CHANNEL, database, (payload) => this.relay(payload), {
      dataSource,
    });
  }

  onModuleInit(): void {
    this.listener.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  /** Records and announces the member's state on the ticket; answers who else is on it. */
  async announce(
    project: AuthenticatedProject,
    actor: Actor,
    ticketId: string,
    state: PresenceState,
  ): Promise<PresenceResponse> {
    if (actor.kind !== 'member') throw new SessionRequired();
    if (!isUuid(ticketId)) throw new TicketNotFound();
    const member = { id: actor.member.id, name: actor.member.name };
    const found =
      state === 'left'
        ? await this.store.leave(project.id, ticketId, member)
        : await this.store.renew(project.id, ticketId, member, state, PRESENCE_TTL_SECONDS[state]);
    if (!found) throw new TicketNotFound();
    return { others: await this.store.othersOn(ticketId, member.id) };
  }

  private relay(payload: string | undefined): void {
    let change: PresenceChange;
    try {
      change = JSON.parse(payload ?? '') as PresenceChange;
    } catch {
      this.logger.warn({ msg: 'unreadable presence notification' });
      return;
    }
    const { project_id: projectId, ...data } = change;
    this.hub.broadcast(projectId, `event: ticket.presence\ndata: ${JSON.stringify(data)}\n\n`);
  }
}
