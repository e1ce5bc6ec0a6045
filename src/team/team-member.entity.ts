import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import type { MemberRole } from '../common/auth/member-role.js';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';

/** A support agent (or owner, admin, viewer) of one project. */
@Entity('team_member')
@Index(['projectId', 'email'], { unique: true })
export class TeamMember extends ProjectOwnedEntity {
  /** Stored lower-cased: e-mail addresses are compared case-insensitively. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: MemberRole;

  /** scrypt hash (see common/auth/password.ts); null until the member accepts an invite. Never returned. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
