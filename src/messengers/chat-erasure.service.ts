import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import { ChatErasureStore } from './chat-erasure.store.js';

/**
 * The bot's side of erasing a customer, in the caller's transaction: the chat's message references in this
 * project, and its names and pending draft when the chat is talking to this project.
 */
@Injectable()
export class ChatErasureService {
  constructor(private readonly store: ChatErasureStore) {}

  async forgetChat(project: AuthenticatedProject, sql: Sql, channel: string, chatId: number): Promise<void> {
    await this.store.forget(sql, project.id, channel, String(chatId));
  }
}
