import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';
import type { TicketPriority, TicketStatus } from '../tickets/ticket-enums.js';

/** What a macro changes besides its text; `assign` is "me" (the member applying it), "none" or a member id. */
export interface MacroActions {
  status?: TicketStatus;
  priority?: TicketPriority;
  add_tags?: string[];
  remove_tags?: string[];
  assign?: string;
}

/** A one-click routine of one project's team: a canned text and ticket changes applied together. */
@Entity('macro')
@Index('macro_list_idx', ['projectId', 'createdAt'])
export class Macro extends ProjectOwnedEntity {
  @Column({ type: 'text' })
  name: string;

  /** Canned-response text ({{variables}} allowed); null: the macro only changes the ticket. */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  /** The text goes in as an internal note instead of a reply. */
  @Column({ type: 'boolean', default: false })
  internal: boolean;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  actions: MacroActions;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
