import { Injectable } from '@nestjs/common';
import type { TelegramUpdate } from './telegram-update.schema.js';

/**
 * What takes the team's updates (src/team-chat): group messages, button presses, the bot's membership.
 * False: not served (a group the team chat does not know), counted like any unsupported update.
 */
export interface TeamChatUpdateHandler {
  handle(update: TelegramUpdate): Promise<boolean>;
}

const GROUP_TYPES = new Set(['group', 'supergroup']);
/**
 * `/start member_<code>` (or `/start@bot member_…`): a member linking their own Telegram account; `/reset`: a
 * linked member asking for a password-reset link.
 */
const MEMBER_PRIVATE = /^\/(start(@\w+)?\s+member_|reset(@\w+)?\s*$)/;

/**
 * The hand-off between the customer conversation and the team chat: an update from a group or supergroup
 * (a message, an edit, a button press, the bot's own membership) or a private `/start member_…` or `/reset` belongs to
 * the team chat, which registers itself here; every other update goes to the customer conversation as
 * before. Without a registered handler such updates stay unsupported (acknowledged and ignored).
 */
@Injectable()
export class TeamChatHandoff {
  private handler: TeamChatUpdateHandler | null = null;

  register(handler: TeamChatUpdateHandler): void {
    this.handler = handler;
  }

  /** The team chat's handling of the update, or null when it is the customer conversation's. */
  take(update: TelegramUpdate): (() => Promise<boolean>) | null {
    const handler = this.handler;
    if (!handler || !isTeamUpdate(update)) return null;
    return () => handler.handle(update);
  }
}

export function isTeamUpdate(update: TelegramUpdate): boolean {
  const message = update.message ?? update.edited_message;
  if (message) {
    if (GROUP_TYPES.has(message.chat.type)) return true;
    return message.chat.type === 'private' && typeof message.text === 'string' && MEMBER_PRIVATE.test(message.text);
  }
  const callbackChat = update.callback_query?.message?.chat;
  if (callbackChat) return GROUP_TYPES.has(callbackChat.type);
  const member = update.my_chat_member;
  return member !== undefined && GROUP_TYPES.has(member.chat.type);
}
