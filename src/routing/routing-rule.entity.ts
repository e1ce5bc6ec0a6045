import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import type { RoutingAction, RoutingCondition } from './routing-rule-definition.js';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';

/** An auto-routing rule: when a new ticket meets `condition`, `action` is applied (first match wins). */
@Entity('routing_rule')
@Index('routing_rule_order_idx', ['projectId', 'orderIndex', 'createdAt'])
export class RoutingRule extends ProjectOwnedEntity {
  @Column({ type: 'text' })
  name: string;

  /** Checked and normalised by parseRoutingCondition before it is stored. */
  @Column({ type: 'jsonb' })
  condition: RoutingCondition;

  /** Checked and normalised by parseRoutingAction before it is stored. */
  @Column({ type: 'jsonb' })
  action: RoutingAction;

  @Column({ type: 'int', default: 0 })
  orderIndex: number;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
