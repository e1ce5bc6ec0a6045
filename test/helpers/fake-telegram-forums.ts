/**
 * Forum supergroups of the fake Bot API, from core.telegram.org/bots/api: a supergroup with `is_forum`
 * has topics; `createForumTopic` (chat_id, name 1–128 characters) answers a ForumTopic {message_thread_id,
 * name, icon_color}; `editForumTopic`, `closeForumTopic`, `reopenForumTopic` (chat_id, message_thread_id)
 * answer True; a message sent with `message_thread_id` lands in that topic (`is_topic_message: true`).
 * Refusals are Telegram's texts: the bot needs the can_manage_topics right, a group without topics is
 * "not a forum", a bot removed from the group gets 403 "bot was kicked".
 */
export interface FakeForum {
  id: number;
  title: string;
  isForum: boolean;
  /** The bot is an administrator with can_manage_topics. */
  canManageTopics: boolean;
  /** The bot was removed (left or kicked): every call to the chat is refused with 403. */
  kicked: boolean;
  topics: Map<number, { name: string; closed: boolean }>;
}

/** A Bot API error answer: status and description. */
export interface BotApiRefusal {
  status: number;
  description: string;
}

const ICON_COLOR = 0x6fb9f0;

export class FakeForums {
  readonly chats = new Map<number, FakeForum>();
  private nextThreadId = 100;

  /** Registers a supergroup the bot is in (a forum by default, the bot an admin that may manage topics). */
  add(id: number, options: Partial<Omit<FakeForum, 'id' | 'topics'>> = {}): FakeForum {
    const forum: FakeForum = {
      id,
      title: options.title ?? 'Support team',
      isForum: options.isForum ?? true,
      canManageTopics: options.canManageTopics ?? true,
      kicked: options.kicked ?? false,
      topics: new Map(),
    };
    this.chats.set(id, forum);
    return forum;
  }

  /** The chat object Telegram puts in a message of this chat. */
  chatOf(chatId: number): Record<string, unknown> | null {
    const forum = this.chats.get(chatId);
    if (!forum) return null;
    return { id: forum.id, title: forum.title, type: 'supergroup', ...(forum.isForum ? { is_forum: true } : {}) };
  }

  /** Handles a forum method or a send to a known supergroup; undefined when the call is not about one. */
  handle(method: string, body: Record<string, any>): { result: unknown } | BotApiRefusal | undefined {
    const forum = this.chats.get(Number(body.chat_id));
    const topicMethod = /^(create|edit|close|reopen)ForumTopic$/.test(method);
    if (!forum) return topicMethod ? { status: 400, description: 'Bad Request: chat not found' } : undefined;
    if (forum.kicked) return { status: 403, description: 'Forbidden: bot was kicked from the supergroup chat' };
    const threadId = body.message_thread_id === undefined ? undefined : Number(body.message_thread_id);
    if (!topicMethod) {
      if (threadId !== undefined && !forum.topics.has(threadId))
        return { status: 400, description: 'Bad Request: message thread not found' };
      return undefined;
    }
    if (!forum.isForum) return { status: 400, description: 'Bad Request: the chat is not a forum' };
    if (!forum.canManageTopics) return { status: 400, description: 'Bad Request: not enough rights to create a topic' };
    if (method === 'createForumTopic') {
      const name = String(body.name ?? '');
      if (name.length < 1 || name.length > 128) return { status: 400, description: 'Bad Request: TOPIC_TITLE_EMPTY' };
      const id = this.nextThreadId++;
      forum.topics.set(id, { name, closed: false });
      return { result: { message_thread_id: id, name, icon_color: ICON_COLOR } };
    }
    const topic = threadId === undefined ? undefined : forum.topics.get(threadId);
    if (!topic) return { status: 400, description: 'Bad Request: message thread not found' };
    if (method === 'editForumTopic') {
      if (body.name !== undefined) topic.name = String(body.name);
      return { result: true };
    }
    const closing = method === 'closeForumTopic';
    if (topic.closed === closing) return { status: 400, description: 'Bad Request: TOPIC_NOT_MODIFIED' };
    topic.closed = closing;
    return { result: true };
  }
}
