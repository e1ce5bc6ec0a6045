import { Logger } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import type { BotTexts } from './bot-texts.js';
import type { ChatButton, ChatTransport, ChatUser } from './chat-transport.js';
import { customerMessageText } from './customer-messages.service.js';
import type { DraftMessage, MessengerChat } from './messenger-chat.entity.js';
import type { ChatTicketRow } from '../tickets/ticket-inputs.js';

/** Deep-link payload prefix of a project's helpdesk: `?start=help_<slug>`. */
export const HELP_START_PREFIX = 'help_';

/** Callback data of the inline buttons (the tightest messenger limit is Telegram's 64 bytes; a UUID is 36). */
export const CALLBACK = {
  create: 'm:new',
  list: 'm:list',
  type: 'ty:',
  ticket: 'tk:',
  accept: 'rq:y:',
  decline: 'rq:n:',
  csat: 'cs:',
  view: 'tv:',
  close: 'tx:',
} as const;

const SUBJECT_LENGTH = 100;
// More pending messages than this while the customer has not picked a ticket: the oldest are kept.
const MAX_PENDING_MESSAGES = 20;

const logger = new Logger('Conversation');

/** The project a chat is bound to, with its settings as read for this update. */
export interface Scope {
  project: AuthenticatedProject;
  settings: HelpdeskSettings;
}

/** Everything one update needs: who, which chat, in which language, through which messenger. */
export interface Turn {
  transport: ChatTransport;
  user: ChatUser;
  chat: MessengerChat;
  texts: BotTexts;
  /** The chat's open tickets, read with the update's claim (a plain message): used once, then read again. */
  openTickets?: ChatTicketRow[];
}

export async function say(turn: Turn, text: string, buttons?: ChatButton[][]): Promise<string> {
  return turn.transport.send(turn.user.chatId, { text, buttons });
}

export async function removeButtons(turn: Turn, messageId: string | null): Promise<void> {
  if (!messageId) return;
  // Cosmetic: a failure (message too old, already edited) must not undo the customer's choice.
  await turn.transport
    .removeButtons(turn.user.chatId, messageId)
    .catch((error: unknown) => logger.warn({ msg: 'removing buttons failed', error: (error as Error).message }));
}

/** The help menu: create (while creation is allowed) and "my tickets" (while viewing is). */
export async function showMenu(
  turn: Turn,
  settings: HelpdeskSettings,
  options: { welcome?: boolean } = {},
): Promise<void> {
  const buttons: ChatButton[][] = [];
  if (settings.allowCreate && settings.helpdeskEnabled) {
    buttons.push([{ text: turn.texts.createTicket, data: CALLBACK.create }]);
  }
  if (settings.allowView) buttons.push([{ text: turn.texts.myTickets, data: CALLBACK.list }]);
  const welcome = options.welcome ? settings.welcomeMessage[turn.chat.language] : '';
  const text = welcome || turn.texts.menuHint;
  await turn.transport.send(turn.user.chatId, { text, buttons });
}

export function statusName(turn: Turn, status: string): string {
  return turn.texts.statusNames[status] ?? status;
}

/** A message waiting for the customer's choice joins the list; the items of one album stay one message. */
export function withPendingMessage(pending: DraftMessage[] | undefined, message: DraftMessage): DraftMessage[] {
  const list = [...(pending ?? [])];
  const last = list[list.length - 1];
  if (last && message.mediaGroupId && last.mediaGroupId === message.mediaGroupId) {
    list[list.length - 1] = {
      ...last,
      text: [last.text, message.text].filter((text) => text.trim()).join('\n'),
      attachments: [...last.attachments, ...message.attachments],
    };
    return list;
  }
  return [...list, message].slice(-MAX_PENDING_MESSAGES);
}

export function subscriberInputOf(turn: Turn) {
  return {
    channel: turn.transport.channel,
    chat_id: Number(turn.user.chatId),
    first_name: turn.user.firstName,
    last_name: turn.user.lastName,
    username: turn.user.username,
    lang: turn.user.languageCode,
  };
}

/** A ticket's subject: the first line of its first message, shortened. */
export function subjectOf(message: DraftMessage): string | null {
  const firstLine = customerMessageText(message).split('\n')[0].trim();
  if (!firstLine) return null;
  return firstLine.length > SUBJECT_LENGTH ? `${firstLine.slice(0, SUBJECT_LENGTH - 1)}…` : firstLine;
}
