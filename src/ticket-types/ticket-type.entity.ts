import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';

/**
 * A ticket category of one project (Bug / Question / Billing…). Deleting one only sets `deletedAt`:
 * tickets keep pointing at the row and show its name, and the name becomes free for a new type.
 */
@Entity('ticket_type')
// Names are unique per project among live types, compared case-insensitively through `nameKey`.
@Index('ticket_type_name_uq', ['projectId', 'nameKey'], { unique: true, where: 'deleted_at IS NULL' })
@Index('ticket_type_list_idx', ['projectId', 'sortOrder', 'nameKey'])
export class TicketType extends ProjectOwnedEntity {
  @Column({ type: 'text' })
  name: string;

  /** `name` trimmed and lower-cased: what uniqueness and the routing condition `ticket_type` compare. */
  @Column({ type: 'text' })
  nameKey: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}

/** How names are compared: trimmed, Unicode-normalised, lower-cased ("Bug", " bug " and "BUG" are one name). */
export function ticketTypeNameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}
