import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';
import { TeamMember } from '../team/team-member.entity.js';

/** A member's saved ticket list: a name and the list's query parameters (filters and sort), kept on the server. */
@Entity('saved_view')
@Index('saved_view_member_idx', ['memberId', 'createdAt'])
export class SavedView extends ProjectOwnedEntity {
  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @Column({ type: 'text' })
  name: string;

  /** The list's query parameters, as `GET /v1/helpdesk/tickets` takes them (strings). */
  @Column({ type: 'jsonb' })
  filters: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
