import { sqlOfManager } from '../common/database/sql.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { toAuthenticated } from '../projects/projects.service.js';
import { effectiveStatus } from '../requests/helpdesk-request.entity.js';
import { RequestsService } from '../requests/requests.service.js';
import { SubscribersService } from '../subscribers/subscribers.service.js';
import { ChatTurnService } from './chat-turn.service.js';
import { RequestNoLongerPending } from './messengers.errors.js';
import { CALLBACK, removeButtons, say, showMenu, subscriberInputOf, type Turn } from './conversation-turn.js';

/**
 * A deep-link request (`?start=rq_<id>`) in the chat: the consent screen, then subscribing the customer
 * and accepting the request together, or declining it.
 */
@Injectable()
export class RequestConsentDialogue {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly subscribers: SubscribersService,
    private readonly turns: ChatTurnService,
  ) {}

  async openRequest(turn: Turn, requestId: string): Promise<void> {
    const request = await this.requests.findForMessenger(requestId);
    const project = request ? await this.turns.projectById(request.projectId) : null;
    if (!request || !project) return void (await say(turn, turn.texts.requestExpired));
    const status = effectiveStatus(request);
    if (status === 'accepted' && request.channel === turn.transport.channel && request.chatId === turn.user.chatId) {
      // The same customer opening the link again: back to the menu.
      await this.turns.bindChat(turn, project, { ticketTypeId: request.ticketTypeId });
      return showMenu(turn, await this.turns.settingsOf(project), { welcome: true });
    }
    if (status === 'expired') return void (await say(turn, turn.texts.requestExpired));
    if (status !== 'pending') return void (await say(turn, turn.texts.requestUsed));
    const settings = await this.turns.settingsOf(project);
    if (!settings.helpdeskEnabled || !settings.allowCreate) return void (await say(turn, turn.texts.helpdeskDisabled));
    const chatId = Number(turn.user.chatId);
    const existing = await this.subscribers.findByChat(toAuthenticated(project), turn.transport.channel, chatId);
    if (existing) return this.acceptRequest(turn, requestId, null);
    await turn.transport.send(turn.user.chatId, {
      text: turn.texts.consent(project.name, project.description),
      buttons: [
        [
          { text: turn.texts.subscribe, data: CALLBACK.accept + requestId },
          { text: turn.texts.cancel, data: CALLBACK.decline + requestId },
        ],
      ],
    });
  }

  async acceptRequest(turn: Turn, requestId: string, messageId: string | null): Promise<void> {
    await removeButtons(turn, messageId);
    const request = await this.requests.findForMessenger(requestId);
    const project = request ? await this.turns.projectById(request.projectId) : null;
    if (!request || !project) return void (await say(turn, turn.texts.requestExpired));
    const settings = await this.turns.settingsOf(project);
    if (!settings.helpdeskEnabled || !settings.allowCreate) return void (await say(turn, turn.texts.helpdeskDisabled));
    try {
      // Subscription and acceptance commit together: no subscriber for a request that was not accepted.
      await this.dataSource.transaction(async (manager) => {
        const authenticated = toAuthenticated(project);
        const { subscriber } = await this.subscribers.findOrCreate(
          authenticated,
          sqlOfManager(manager),
          subscriberInputOf(turn),
        );
        const answer = { channel: turn.transport.channel, chatId: turn.user.chatId };
        const accepted = await this.requests.accept(sqlOfManager(manager), requestId, subscriber.id, answer);
        if (!accepted) throw new RequestNoLongerPending();
      });
    } catch (error) {
      if (error instanceof RequestNoLongerPending) return this.explainUnusableRequest(turn, requestId);
      throw error;
    }
    await this.turns.bindChat(turn, project, { ticketTypeId: request.ticketTypeId });
    await showMenu(turn, settings, { welcome: true });
  }

  async declineRequest(turn: Turn, requestId: string, messageId: string | null): Promise<void> {
    await removeButtons(turn, messageId);
    const answer = { channel: turn.transport.channel, chatId: turn.user.chatId };
    const cancelled = await this.requests.cancel(requestId, answer);
    if (cancelled) return void (await say(turn, turn.texts.requestCancelled));
    await this.explainUnusableRequest(turn, requestId);
  }

  private async explainUnusableRequest(turn: Turn, requestId: string): Promise<void> {
    const request = await this.requests.findForMessenger(requestId);
    const expired = !request || effectiveStatus(request) === 'expired';
    await say(turn, expired ? turn.texts.requestExpired : turn.texts.requestUsed);
  }
}
