/**
 * Telegram's documented broadcast limits: about one message per second to one chat and 30 per second
 * overall. A per-process limiter: it reserves a slot and tells how long to wait for it, so callers can
 * sleep without blocking other chats. Several server processes each keep their own budget, and a 429
 * from Telegram (retry_after) is the backstop.
 */
export class SendRateLimiter {
  private readonly nextPerChat = new Map<string, number>();
  private readonly recent: number[] = [];

  constructor(
    private readonly perChatIntervalMs = 1000,
    private readonly globalPerSecond = 30,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Reserves the next send slot for a chat; returns the delay in ms until it may be used. With a null
   * chat only the overall budget counts (the bot's direct answers to a customer's tap or message).
   */
  reserve(chatId: string | null): number {
    const now = this.now();
    while (this.recent.length > 0 && this.recent[0] <= now - 1000) this.recent.shift();
    const chatAt = chatId === null ? now : Math.max(now, this.nextPerChat.get(chatId) ?? 0);
    let at = chatAt;
    if (this.recent.length >= this.globalPerSecond) {
      // The slot frees when the send `globalPerSecond` places back is a second old.
      at = Math.max(at, this.recent[this.recent.length - this.globalPerSecond] + 1000);
    }
    if (chatId !== null) this.nextPerChat.set(chatId, at + this.perChatIntervalMs);
    this.recent.push(at);
    this.recent.sort((a, b) => a - b);
    if (this.nextPerChat.size > 10_000) this.forgetIdleChats(now);
    return at - now;
  }

  /** Telegram said to wait: no message to this chat before then. */
  pause(chatId: string, ms: number): void {
    this.nextPerChat.set(chatId, Math.max(this.nextPerChat.get(chatId) ?? 0, this.now() + ms));
  }

  async acquire(chatId: string | null): Promise<void> {
    const wait = this.reserve(chatId);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  private forgetIdleChats(now: number): void {
    for (const [chatId, next] of this.nextPerChat) if (next < now) this.nextPerChat.delete(chatId);
  }
}
