import { TEST_PUBLIC_URL } from './sessions.js';
import type { TestProject } from './test-app.js';
import type { TelegramCall } from './fake-telegram.js';
import { type GroupUser, TelegramGroupUpdates } from './telegram-group-updates.js';
import { type TelegramChat, useTelegramChat } from './telegram-chat.js';
import type { TestEnv } from './test-app.js';

export const BOT_USERNAME = 'zapnoty_test_bot';

export interface TeamChat extends TelegramChat {
  group: TelegramGroupUpdates;
  /** Links a new forum group (fake Bot API and project) and returns its chat id. */
  linkGroup(project: TestProject, options?: { canManageTopics?: boolean }): Promise<number>;
  /** Links a Telegram user to a member through `/start member_<code>` in private. */
  linkMember(project: TestProject, memberId: string, user: GroupUser): Promise<void>;
  /** Runs the topic mirror for the project until nothing is due. */
  mirror(project: TestProject): Promise<void>;
  /** Every call into a topic of the group (sendMessage, sendPhoto, …), oldest first. */
  topicCalls(chatId: number, threadId: number): TelegramCall[];
  /** The thread id of a ticket's topic (from createForumTopic's answer), by the topic's name prefix. */
  threadOf(chatId: number, ticketNumber: number): number;
}

let chatCounter = 0;

/** The file's app with the Telegram bot on a fake Bot API that knows forum groups, workers off. */
export function useTeamChat(token: string, secret: string, env: TestEnv = {}): TeamChat {
  const chat = useTelegramChat(token, secret, {
    TELEGRAM_BOT_USERNAME: BOT_USERNAME,
    PUBLIC_URL: TEST_PUBLIC_URL,
    ...env,
  });
  const group = new TelegramGroupUpdates(chat.updates);
  const mirror = async (project: TestProject) => {
    const { TeamChatMirrorWorker } = await import('../../src/team-chat/team-chat-mirror.worker.js');
    const worker = chat.ctx.app.get(TeamChatMirrorWorker);
    for (let i = 0; i < 20; i++) if ((await worker.runOnce(project.project.id)) === 0) return;
  };
  return {
    ...chat,
    group,
    mirror,
    async linkGroup(project, options = {}) {
      chatCounter += 1;
      const chatId = -2_000_000_000_000 - (Date.now() % 1_000_000_000) * 100 - chatCounter;
      chat.fake.forums.add(chatId, { canManageTopics: options.canManageTopics ?? true });
      const { code } = (await project.api.post('/v1/helpdesk/team-chat/link-code').expect(201)).body;
      await chat.post(group.start(chatId, { id: 500, first_name: 'Lead' }, code));
      return chatId;
    },
    async linkMember(project, memberId, user) {
      const { code } = (await project.api.post(`/v1/team/members/${memberId}/telegram-link`).expect(201)).body;
      await chat.post(
        chat.updates.message(user.id, {
          text: `/start member_${code}`,
          entities: [{ type: 'bot_command', offset: 0, length: 6 }],
          from: { id: user.id, is_bot: false, first_name: user.first_name, username: user.username },
        }),
      );
    },
    topicCalls: (chatId, threadId) =>
      chat.fake.calls.filter(
        (call) => String(call.body.chat_id) === String(chatId) && Number(call.body.message_thread_id) === threadId,
      ),
    threadOf(chatId, ticketNumber) {
      const created = chat.fake
        .callsOf('createForumTopic', chatId)
        .find((call) => String(call.body.name).startsWith(`#${ticketNumber} `));
      if (!created?.result) throw new Error(`no topic for ticket #${ticketNumber}`);
      return Number(created.result.message_thread_id);
    },
  };
}
