import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Sql } from '../common/database/sql.js';
import type { RoutingAction, RoutingCondition } from './routing-rule-definition.js';
import { RoutingRule } from './routing-rule.entity.js';

export interface NewRoutingRuleRow {
  projectId: string;
  name: string;
  condition: RoutingCondition;
  action: RoutingAction;
  orderIndex: number;
  enabled: boolean;
}

interface RoutingRuleRow {
  config_version: string;
  id: string | null;
  name: string;
  condition: RoutingCondition;
  action: RoutingAction;
  order_index: number;
  enabled: boolean;
  created_at: Date;
  updated_at: Date;
}

/** The routing_rule rows of a project. */
@Injectable()
export class RoutingRuleStore {
  constructor(@InjectRepository(RoutingRule) private readonly rules: Repository<RoutingRule>) {}

  /** Every rule, in the order they are tried (order_index, then oldest first). */
  list(projectId: string): Promise<RoutingRule[]> {
    return this.rules.find({ where: { projectId }, order: { orderIndex: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The project's rules in the order they are tried and the config_version they belong to, in one
   * statement through `sql` (the caller's transaction). The version is undefined when the project is gone.
   */
  async listForMatching(
    sql: Sql,
    projectId: string,
  ): Promise<{ configVersion: string | undefined; rules: RoutingRule[] }> {
    const rows = await sql.query<RoutingRuleRow>(
      `SELECT p.config_version,
              r.id, r.name, r.condition, r.action, r.order_index, r.enabled, r.created_at, r.updated_at
       FROM project p LEFT JOIN routing_rule r ON r.project_id = p.id
       WHERE p.id = $1
       ORDER BY r.order_index, r.created_at, r.id`,
      [projectId],
    );
    const rules = rows
      .filter((row) => row.id !== null)
      .map((row) =>
        Object.assign(new RoutingRule(), {
          id: row.id!,
          projectId,
          name: row.name,
          condition: row.condition,
          action: row.action,
          orderIndex: row.order_index,
          enabled: row.enabled,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        } satisfies Omit<RoutingRule, 'project'>),
      );
    return { configVersion: rows[0]?.config_version, rules };
  }

  /**
   * The id of the member a rule assigns to while they are still on the project's team (null once they
   * have left), read through `sql` (the ticket creation's transaction): the primary-key read of
   * TeamService.get, which takes an EntityManager.
   */
  async findAssignee(sql: Sql, projectId: string, memberId: string): Promise<string | null> {
    const rows = await sql.query<{ id: string }>('SELECT id FROM team_member WHERE id = $1 AND project_id = $2', [
      memberId,
      projectId,
    ]);
    return rows[0]?.id ?? null;
  }

  findOne(projectId: string, ruleId: string): Promise<RoutingRule | null> {
    return this.rules.findOneBy({ id: ruleId, projectId });
  }

  findById(ruleId: string): Promise<RoutingRule> {
    return this.rules.findOneByOrFail({ id: ruleId });
  }

  count(projectId: string): Promise<number> {
    return this.rules.countBy({ projectId });
  }

  /** The new rule's id. */
  async insert(row: NewRoutingRuleRow): Promise<string> {
    const inserted = await this.rules.insert(row);
    return inserted.identifiers[0].id as string;
  }

  /** False when the project has no such rule any more. */
  async update(projectId: string, ruleId: string, patch: Partial<RoutingRule>): Promise<boolean> {
    const result = await this.rules.update({ id: ruleId, projectId }, patch);
    return result.affected !== 0;
  }

  /** False when the project has no such rule. */
  async delete(projectId: string, ruleId: string): Promise<boolean> {
    const result = await this.rules.delete({ id: ruleId, projectId });
    return result.affected !== 0;
  }
}
