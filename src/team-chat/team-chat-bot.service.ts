import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import { ProjectsService } from '../projects/projects.service.js';
import { TeamChatHandoff } from '../messengers/telegram/team-chat-handoff.js';
import type { TelegramMessage, TelegramUpdate } from '../messengers/telegram/telegram-update.schema.js';
import { MemberDirectMessages } from '../team/member-direct-messages.js';
import { MemberInvitesService } from '../team/member-invites.service.js';
import { MemberTelegramService } from '../team/member-telegram.service.js';
import { parseTopicText, TeamChatActionsService, type TopicAction } from './team-chat-actions.service.js';
import { TeamChatLinksService } from './team-chat-links.service.js';
import { TeamChatMirrorStore, type TopicRow } from './team-chat-mirror.store.js';
import { TeamChatTelegram } from './team-chat-telegram.js';
import { TEAM_TEXTS } from './team-chat-texts.js';
import { type TeamChatGroupRow, TeamChatStore } from './team-chat.store.js';
import { TopicFiles } from './topic-files.js';

const START = /^\/start(?:@(\w+))?(?:\s+(\S+))?\s*$/;
const MEMBER_START = /^\/start(?:@\w+)?\s+member_(\S+)\s*$/;
const RESET = /^\/reset(?:@\w+)?\s*$/;
const REMOVED = new Set(['left', 'kicked']);
const RESET_EVERY_MS = 5 * 60_000;

/**
 * The team's updates, handed over by the Telegram bot (messengers/telegram/team-chat-handoff.ts): linking
 * a group (`/start <code>`) and a member (`/start member_<code>` in private), the bot's membership
 * (removed → `bot_removed`), and what linked members write or press in a ticket's topic. The General topic,
 * topics of no ticket, other bots and unlinked groups are ignored.
 */
@Injectable()
export class TeamChatBotService implements OnModuleInit {
  private readonly logger = new Logger('TeamChat');
  private readonly pool: Sql;
  /** When each Telegram user last got reset links (this process): a stolen phone cannot flood anyone. */
  private readonly resetAnsweredAt = new Map<string, number>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly handoff: TeamChatHandoff,
    private readonly telegram: TeamChatTelegram,
    private readonly links: TeamChatLinksService,
    private readonly store: TeamChatStore,
    private readonly mirror: TeamChatMirrorStore,
    private readonly members: MemberTelegramService,
    private readonly actions: TeamChatActionsService,
    private readonly projects: ProjectsService,
    private readonly files: TopicFiles,
    private readonly directMessages: MemberDirectMessages,
    private readonly invites: MemberInvitesService,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  onModuleInit(): void {
    this.handoff.register(this);
    // Members' private messages (the ownership-transfer code) go through this bot.
    if (this.telegram.enabled)
      this.directMessages.register(async (userId, text) => void (await this.telegram.send(userId, text)));
  }

  /** False when the update is not the team chat's after all (a group no project linked). */
  async handle(update: TelegramUpdate): Promise<boolean> {
    if (update.my_chat_member) return this.membership(update.my_chat_member);
    if (update.callback_query) return this.button(update.callback_query);
    if (update.message) return this.message(update.message);
    // Edits in the group change nothing already sent to a customer.
    return update.edited_message ? (await this.groupOf(update.edited_message.chat.id)) !== null : false;
  }

  private groupOf(chatId: number) {
    return this.store.groupOfChat(this.pool, String(chatId));
  }

  private async membership(change: NonNullable<TelegramUpdate['my_chat_member']>): Promise<boolean> {
    const chatId = String(change.chat.id);
    const removed = REMOVED.has(change.new_chat_member.status);
    const group = await this.store.groupOfChat(this.pool, chatId);
    if (!group) return false;
    if (removed) await this.store.setStatusOfChat(this.pool, chatId, 'bot_removed');
    else if (group.status === 'bot_removed') await this.store.setStatusOfChat(this.pool, chatId, 'ok');
    this.logger.log({
      msg: 'team chat membership',
      project_id: group.project_id,
      status: change.new_chat_member.status,
    });
    return true;
  }

  private async message(message: TelegramMessage): Promise<boolean> {
    const text = message.text ?? message.caption ?? '';
    if (message.chat.type === 'private') {
      if (RESET.test(text)) return this.resetLinks(message);
      const code = MEMBER_START.exec(text)?.[1];
      if (!code) return false;
      const name = await this.links.redeemMemberCode(code, String(message.from.id), message.from.username ?? null);
      const answer = name ? TEAM_TEXTS.memberLinked(name) : TEAM_TEXTS.memberCodeInvalid;
      await this.telegram.send(String(message.chat.id), answer);
      return true;
    }
    const start = START.exec(text);
    if (start && !message.from.is_bot && message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0)) {
      const [, botName, code] = start;
      if (!code || (botName && botName.toLowerCase() !== this.telegram.username.toLowerCase())) return false;
      await this.linkGroup(message, code);
      return true;
    }
    const group = await this.groupOf(message.chat.id);
    if (!group) return false;
    // The General topic, other bots (and this one), topics of no ticket: nothing to do.
    if (message.from.is_bot || message.message_thread_id === undefined || !message.is_topic_message) return true;
    const topic = await this.mirror.topicOfThread(this.pool, group.chat_id, message.message_thread_id);
    if (!topic || topic.project_id !== group.project_id) return true;
    await this.fromTopic(group, topic, message, text);
    return true;
  }

  /**
   * `/reset` in private: a password-reset link (24 h, one use) for every member this Telegram account is
   * linked to, sent only to this account; an unlinked account is told how to link it. At most one answer
   * with links per account every 5 minutes.
   */
  private async resetLinks(message: TelegramMessage): Promise<boolean> {
    const userId = String(message.from.id);
    const chatId = String(message.chat.id);
    const linked = await this.members.everyMemberOfUser(userId);
    if (linked.length === 0) {
      await this.telegram.send(chatId, TEAM_TEXTS.resetNotLinked);
      return true;
    }
    const last = this.resetAnsweredAt.get(userId) ?? 0;
    if (Date.now() - last < RESET_EVERY_MS) {
      await this.telegram.send(chatId, TEAM_TEXTS.resetTooSoon);
      return true;
    }
    this.resetAnsweredAt.set(userId, Date.now());
    const lines: string[] = [];
    for (const member of linked) {
      const project = { id: member.project_id, slug: '', name: member.project_name };
      const link = await this.invites.issueOwnResetLink(project, member.member_id).catch(() => null);
      if (link) lines.push(`${member.project_name}: ${link.url}`);
    }
    await this.telegram.send(chatId, TEAM_TEXTS.resetLinks(lines));
    this.logger.log({ msg: 'password reset links sent by the bot', user_id: userId, members: lines.length });
    return true;
  }

  private async fromTopic(group: TeamChatGroupRow, topic: TopicRow, message: TelegramMessage, text: string) {
    const files = this.files.of(message);
    const action: TopicAction | null = text || files.length ? parseTopicText(text) : null;
    if (!action) return;
    const member = await this.actor(group.project_id, group.chat_id, topic.thread_id, message.from);
    if (!member) return;
    const project = await this.project(group.project_id);
    if (action.kind === 'reply' && files.length)
      action.files = (ticketId) => this.files.store(project, ticketId, files);
    const outcome = await this.actions.run(project, topic.ticket_id, member, action);
    if (outcome.say) await this.telegram.send(group.chat_id, outcome.say, topic.thread_id);
  }

  private async button(query: NonNullable<TelegramUpdate['callback_query']>): Promise<boolean> {
    const threadId = query.message?.message_thread_id;
    const group = query.message ? await this.groupOf(query.message.chat.id) : null;
    if (!group) {
      // A button of a group no project links: stop the spinner, nothing else.
      await this.telegram.answerCallback(query.id);
      return false;
    }
    await this.press(group, query, threadId);
    return true;
  }

  private async press(
    group: TeamChatGroupRow,
    query: NonNullable<TelegramUpdate['callback_query']>,
    threadId: number | undefined,
  ): Promise<void> {
    const topic = threadId === undefined ? null : await this.mirror.topicOfThread(this.pool, group.chat_id, threadId);
    if (!topic || topic.project_id !== group.project_id) return this.telegram.answerCallback(query.id);
    const action: TopicAction | null =
      query.data === 'tc:take'
        ? { kind: 'take' }
        : query.data === 'tc:close'
          ? { kind: 'status', status: 'closed' }
          : null;
    if (!action) return this.telegram.answerCallback(query.id);
    const member = await this.members.byUser(group.project_id, String(query.from.id));
    if (!member || !this.actions.mayAct(member)) {
      const who = query.from.username ? `@${query.from.username}` : query.from.first_name;
      return this.telegram.answerCallback(query.id, member ? TEAM_TEXTS.viewerCannot(who) : TEAM_TEXTS.notLinked(who));
    }
    const outcome = await this.actions.run(await this.project(group.project_id), topic.ticket_id, member, action);
    await this.telegram.answerCallback(query.id, outcome.say ?? TEAM_TEXTS.done);
  }

  /** The linked member who may act; otherwise the user is told why (once an hour) and null. */
  private async actor(projectId: string, chatId: string, threadId: number, from: TelegramMessage['from']) {
    const member = await this.members.byUser(projectId, String(from.id));
    if (member && this.actions.mayAct(member)) return member;
    if (await this.store.claimNotice(this.pool, projectId, String(from.id))) {
      const who = from.username ? `@${from.username}` : from.first_name;
      await this.telegram.send(chatId, member ? TEAM_TEXTS.viewerCannot(who) : TEAM_TEXTS.notLinked(who), threadId);
    }
    return null;
  }

  private async linkGroup(message: TelegramMessage, code: string): Promise<void> {
    const chatId = String(message.chat.id);
    const thread = message.is_topic_message ? message.message_thread_id : undefined;
    if (message.chat.type !== 'supergroup' || message.chat.is_forum !== true) {
      await this.telegram.send(chatId, TEAM_TEXTS.notForum, thread);
      return;
    }
    const projectId = await this.links.redeemGroupCode(code, chatId, message.chat.title ?? 'Team chat');
    const project = projectId ? await this.projects.get(projectId) : null;
    await this.telegram.send(
      chatId,
      project ? TEAM_TEXTS.groupLinked(project.name) : TEAM_TEXTS.groupCodeInvalid,
      thread,
    );
  }

  private async project(projectId: string) {
    const project = await this.projects.get(projectId);
    return { id: project.id, slug: project.slug, name: project.name };
  }
}
