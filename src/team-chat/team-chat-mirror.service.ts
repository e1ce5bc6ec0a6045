import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttachmentStorageService } from '../attachments/attachment-storage.service.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import type { Env } from '../config/env.js';
import { ProjectsService } from '../projects/projects.service.js';
import { TeamService } from '../team/team.service.js';
import type { TicketMessageResponse, TicketResponse } from '../tickets/dto/ticket-response.dto.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { type MirroredEventRow, TeamChatMirrorStore, type TopicRow } from './team-chat-mirror.store.js';
import { type GroupCallFailure, TeamChatTelegram } from './team-chat-telegram.js';
import { TEAM_TEXTS } from './team-chat-texts.js';
import { type TeamChatGroupRow, TeamChatStore } from './team-chat.store.js';

/** A Bot API refusal that stops the group's pass: wait (429, network), or the bot is gone. */
export class MirrorPause extends Error {
  constructor(
    readonly failure: GroupCallFailure,
    readonly waitMs: number,
  ) {
    super(failure.description);
  }
}

const RETRY_MS = 5_000;
/** An event whose handling keeps failing (not Telegram: the event itself) is skipped after this many tries. */
const MAX_EVENT_FAILURES = 5;

/** `#<number> <subject, else the first message's first 40 characters>`, within Telegram's 128. */
export function topicName(ticket: Pick<TicketResponse, 'ticket_number' | 'subject'>, firstText: string): string {
  const title = ticket.subject?.trim() || firstText.trim().slice(0, 40);
  return (title ? `#${ticket.ticket_number} ${title}` : `#${ticket.ticket_number}`).slice(0, 128);
}

/**
 * The topic mirror: one group's events, in stream order, into the group. A new ticket gets a topic (header
 * with take/close buttons, then its first message); customer messages (media re-sent by file_id), agent
 * replies and notes (by name; not those written from the topic), status and assignment lines follow; the
 * topic closes and reopens with the ticket. Telegram's refusals: 429 → pause for retry_after; the bot
 * removed → `bot_removed`; topics refused → `no_topic_rights` (that ticket has no topic; the next try
 * creates one again).
 */
@Injectable()
export class TeamChatMirrorService {
  private readonly logger = new Logger('TeamChatMirror');
  private readonly pool: Sql;
  /** Failures of single events in this process, by project and position. */
  private readonly failures = new Map<string, number>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    private readonly store: TeamChatStore,
    private readonly mirror: TeamChatMirrorStore,
    private readonly telegram: TeamChatTelegram,
    private readonly tickets: TicketsService,
    private readonly team: TeamService,
    private readonly projects: ProjectsService,
    private readonly attachments: AttachmentStorageService,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  /** Mirrors one leased group's due events; the pause to hold its lease for, or 0 when done. */
  async runGroup(group: TeamChatGroupRow): Promise<number> {
    const stored = await this.projects.get(group.project_id);
    const project: AuthenticatedProject = { id: stored.id, slug: stored.slug, name: stored.name };
    let position = group.stream_position;
    for (;;) {
      const events = await this.mirror.eventsAfter(this.pool, group.project_id, position);
      if (events.length === 0) return 0;
      for (const event of events) {
        try {
          await this.handle(project, group, event);
        } catch (error) {
          if (!(error instanceof MirrorPause)) {
            // A failure of this event itself (not Telegram's answer): tried again on the next passes, then
            // skipped, so one bad event cannot hold the group for ever.
            if (this.failedBefore(group.project_id, event.stream_position)) throw error;
            this.logger.error({
              msg: 'team chat event skipped',
              project_id: group.project_id,
              event_type: event.event_type,
              error: (error as Error).message,
            });
          } else {
            if (error.failure.kind === 'removed') {
              await this.store.setStatus(this.pool, group.project_id, 'bot_removed');
              return 0;
            }
            this.logger.warn({ msg: 'team chat paused', project_id: group.project_id, reason: error.message });
            return error.waitMs;
          }
        }
        position = event.stream_position;
        await this.mirror.advance(this.pool, group.project_id, group.chat_id, position);
      }
    }
  }

  /**
   * Counts a failure of one event in this process: true while it has failed fewer than MAX_EVENT_FAILURES
   * times (try again), false once it is to be skipped.
   */
  private failedBefore(projectId: string, position: string): boolean {
    const key = `${projectId}:${position}`;
    const failures = (this.failures.get(key) ?? 0) + 1;
    if (failures >= MAX_EVENT_FAILURES) {
      this.failures.delete(key);
      return false;
    }
    if (this.failures.size > 1_000) this.failures.clear();
    this.failures.set(key, failures);
    return true;
  }

  private async handle(project: AuthenticatedProject, group: TeamChatGroupRow, event: MirroredEventRow) {
    const payload = event.payload as TicketResponse & Record<string, any>;
    if (event.event_type === 'ticket.created') return this.openTopic(project, group, payload);
    const topic = await this.mirror.topicOfTicket(this.pool, payload.id);
    if (!topic || topic.chat_id !== group.chat_id) return;
    switch (event.event_type) {
      case 'ticket.replied':
      case 'ticket.note_added': {
        const message = payload.message as TicketMessageResponse;
        if (await this.mirror.takeEcho(this.pool, message.id)) return;
        return this.postMessage(project, topic, payload, message);
      }
      case 'ticket.status_changed': {
        const line = TEAM_TEXTS.statusLine(payload.from, payload.to, null);
        await this.guard(() => this.telegram.send(topic.chat_id, line, topic.thread_id));
        if (payload.to === 'closed') {
          await this.guard(() => this.telegram.closeTopic(topic.chat_id, topic.thread_id));
          await this.mirror.setTopicClosed(this.pool, topic.ticket_id, true);
        } else if (payload.from === 'closed' || topic.closed) {
          await this.guard(() => this.telegram.reopenTopic(topic.chat_id, topic.thread_id));
          await this.mirror.setTopicClosed(this.pool, topic.ticket_id, false);
        }
        return;
      }
      case 'ticket.assigned': {
        const name = payload.assigned_to ? await this.memberName(project, payload.assigned_to) : null;
        await this.guard(() => this.telegram.send(topic.chat_id, TEAM_TEXTS.assignedLine(name), topic.thread_id));
        return;
      }
      case 'ticket.updated':
        if (payload.subject)
          await this.guard(() => this.telegram.renameTopic(topic.chat_id, topic.thread_id, topicName(payload, '')));
        return;
    }
  }

  private async openTopic(project: AuthenticatedProject, group: TeamChatGroupRow, ticket: TicketResponse) {
    const existing = await this.mirror.topicOfTicket(this.pool, ticket.id);
    if (existing?.header_sent) return;
    const details = await this.tickets.get(project, ticket.id).catch(() => null);
    if (!details) return;
    const first = details.messages.find((message) => message.author === 'customer') ?? details.messages[0];
    const topic = existing ?? (await this.createTopic(project, group, details, first?.text ?? ''));
    if (!topic) return;
    await this.guard(() =>
      this.telegram.send(group.chat_id, this.header(details), topic.thread_id, [
        [
          { text: TEAM_TEXTS.takeButton, data: 'tc:take' },
          { text: TEAM_TEXTS.closeButton, data: 'tc:close' },
        ],
      ]),
    );
    if (first) await this.postMessage(project, topic, details, first);
    await this.mirror.markHeaderSent(this.pool, ticket.id);
  }

  /** The ticket's topic, created; null when the group refuses topics (status `no_topic_rights`). */
  private async createTopic(
    project: AuthenticatedProject,
    group: TeamChatGroupRow,
    ticket: TicketResponse,
    firstText: string,
  ): Promise<TopicRow | null> {
    let threadId: number;
    try {
      threadId = await this.telegram.createTopic(group.chat_id, topicName(ticket, firstText));
    } catch (error) {
      const failure = this.telegram.classify(error);
      if (failure.kind !== 'no_topic_rights') throw this.pause(failure);
      await this.store.setStatus(this.pool, group.project_id, 'no_topic_rights');
      this.logger.warn({ msg: 'team chat cannot create topics', project_id: project.id, reason: failure.description });
      return null;
    }
    const topic = { ticket_id: ticket.id, project_id: project.id, chat_id: group.chat_id, thread_id: threadId };
    await this.mirror.insertTopic(this.pool, topic);
    if (group.status === 'no_topic_rights') await this.store.setStatus(this.pool, group.project_id, 'ok');
    return { ...topic, closed: false, header_sent: false };
  }

  private header(ticket: TicketResponse): string {
    const customer = [ticket.customer.first_name, ticket.customer.username ? `@${ticket.customer.username}` : null]
      .filter(Boolean)
      .join(' ');
    const publicUrl = this.config.get('PUBLIC_URL', { infer: true }).replace(/\/$/, '');
    return TEAM_TEXTS.header([
      topicName(ticket, ''),
      `Customer: ${customer || 'unknown'}`,
      `Channel: ${ticket.channel}`,
      `Type: ${ticket.ticket_type_name ?? '—'}`,
      `Priority: ${ticket.priority}`,
      `${publicUrl}/tickets/${ticket.id}`,
    ]);
  }

  private async postMessage(
    project: AuthenticatedProject,
    topic: TopicRow,
    ticket: TicketResponse,
    message: TicketMessageResponse,
  ): Promise<void> {
    const customerName = ticket.customer.first_name ?? ticket.customer.username ?? 'Customer';
    const agentName = message.member_id ? await this.memberName(project, message.member_id) : 'API';
    const label =
      message.author === 'customer'
        ? TEAM_TEXTS.customer(customerName)
        : message.internal
          ? TEAM_TEXTS.note(agentName ?? 'API')
          : TEAM_TEXTS.agent(agentName ?? 'API');
    const files = [];
    for (const attachment of message.attachments) {
      const stored = await this.attachments.find(project, ticket.id, attachment.id).catch(() => null);
      if (stored?.channel === 'telegram' && stored.fileRef && !stored.error)
        files.push({ type: stored.type, fileId: stored.fileRef });
    }
    const others = message.attachments.length - files.length;
    const text = [label, message.text, others > 0 ? `📎 ${others} file(s) in the console` : '']
      .filter(Boolean)
      .join('\n');
    await this.guard(() => this.telegram.send(topic.chat_id, text, topic.thread_id));
    for (const file of files) await this.guard(() => this.telegram.sendFile(topic.chat_id, topic.thread_id, file, ''));
  }

  private async memberName(project: AuthenticatedProject, memberId: string): Promise<string | null> {
    const member = await this.team.get(project, memberId).catch(() => null);
    return member?.name ?? null;
  }

  /** A call into the group: a final refusal (4xx) is logged and skipped; the rest pause the group. */
  private async guard(call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      const failure = this.telegram.classify(error);
      if (failure.kind === 'final' || failure.kind === 'no_topic_rights') {
        this.logger.warn({ msg: 'team chat message refused', reason: failure.description });
        return;
      }
      throw this.pause(failure);
    }
  }

  private pause(failure: GroupCallFailure): MirrorPause {
    return new MirrorPause(failure, failure.kind === 'rate_limited' ? failure.waitMs : RETRY_MS);
  }
}
