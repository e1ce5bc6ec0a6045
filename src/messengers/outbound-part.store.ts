import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MessengerChannel } from '../common/channels.js';
import { OutboundPart } from './outbound-part.entity.js';

/** The parts of messenger outbox rows the messenger has accepted (chat_outbound_part). */
@Injectable()
export class OutboundPartStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One round trip for what decides the sends of an outbox row: is the chat blocked, which parts the messenger
   * already took.
   */
  async deliveryState(
    outboxEventId: string,
    channel: MessengerChannel,
    chatId: string,
  ): Promise<{ blocked: boolean; sent: number[] }> {
    const [state]: Array<{ blocked: boolean; sent: number[] }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM messenger_chat
                      WHERE channel = $3 AND chat_id = $2 AND blocked_at IS NOT NULL) AS blocked,
              COALESCE((SELECT array_agg(part_index) FROM chat_outbound_part
                WHERE outbox_event_id = $1), '{}') AS sent`,
      [outboxEventId, chatId, channel],
    );
    return state;
  }

  /** A part the messenger accepted, recorded in the caller's transaction. */
  async record(
    manager: EntityManager,
    part: { outboxEventId: string; partIndex: number; messageId: string },
  ): Promise<void> {
    await manager.insert(OutboundPart, part);
  }
}
