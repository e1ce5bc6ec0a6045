import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';

/** A reusable reply of one project's team, with `{{variable}}` placeholders (see canned-text.ts). */
@Entity('canned_response')
@Index('canned_response_shortcut_uq', ['projectId', 'shortcut'], { unique: true, where: 'shortcut IS NOT NULL' })
@Index('canned_response_list_idx', ['projectId', 'createdAt'])
export class CannedResponse extends ProjectOwnedEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  text: string;

  /** Like `/hi`; stored lower-cased, so uniqueness is case-insensitive. */
  @Column({ type: 'text', nullable: true })
  shortcut: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
