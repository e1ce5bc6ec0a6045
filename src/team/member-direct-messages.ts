import { Injectable } from '@nestjs/common';

/** Sends a private message to a Telegram user (the team chat's bot registers it). */
export type DirectMessageSender = (userId: string, text: string) => Promise<void>;

/**
 * Private messages to members' own Telegram accounts, for the team's own features (the ownership-transfer
 * code): the team chat module registers the bot's sender here, so the team module needs no messenger.
 */
@Injectable()
export class MemberDirectMessages {
  private sender: DirectMessageSender | null = null;

  register(sender: DirectMessageSender): void {
    this.sender = sender;
  }

  get available(): boolean {
    return this.sender !== null;
  }

  async send(userId: string, text: string): Promise<void> {
    if (!this.sender) throw new Error('no messenger registered for members');
    await this.sender(userId, text);
  }
}
