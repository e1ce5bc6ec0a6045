import { Entity, Index } from 'typeorm';
import { MemberTokenEntity } from '../team/member-token.entity.js';

/**
 * A signed-in member's session, behind the `zapnoty_session` cookie (its SHA-256 is `tokenHash`). Stored in
 * PostgreSQL so every server process sees sign-out at once; deleted with its member, so a removed member is
 * signed out everywhere.
 */
@Entity('member_session')
@Index(['memberId'])
@Index(['expiresAt'])
export class MemberSession extends MemberTokenEntity {}
