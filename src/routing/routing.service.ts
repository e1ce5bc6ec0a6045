import type { Sql } from '../common/database/sql.js';
import { Injectable, Logger } from '@nestjs/common';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { ProjectConfigCache } from '../common/cache/project-config-cache.js';
import { isUuid } from '../common/ids.js';
import { MemberNotFound } from '../team/team.errors.js';
import { TeamService } from '../team/team.service.js';
import { TicketTypesService } from '../ticket-types/ticket-types.service.js';
import { findMatchingRule, type RoutingTicketDraft } from './routing-match.js';
import { RoutingRule } from './routing-rule.entity.js';
import { RoutingRuleStore } from './routing-rule.store.js';
import { InvalidRoutingRule, RoutingRuleLimitReached, RoutingRuleNotFound } from './routing.errors.js';
import {
  parseRoutingAction,
  parseRoutingCondition,
  type RoutingAction,
  type RoutingCondition,
  type RoutingPriority,
} from './routing-rule-definition.js';

/** Every rule is tried on every new ticket: keep the list short enough to read at creation time. */
export const MAX_ROUTING_RULES_PER_PROJECT = 200;

export interface NewRoutingRule {
  name: string;
  condition: unknown;
  action: unknown;
  order_index?: number;
  enabled?: boolean;
}

export type RoutingRuleChanges = Partial<NewRoutingRule>;

/**
 * What the first matching rule asks for a new ticket. The ticket module applies it inside its creation
 * transaction. `assignTo` is null when the rule assigns nobody or its assignee has left the team; in the
 * latter case `unavailableAssignee` holds the id, for the note on the ticket.
 */
export interface RoutingDecision {
  ruleId: string;
  ruleName: string;
  assignTo: string | null;
  priority: RoutingPriority | null;
  tag: string | null;
  unavailableAssignee: string | null;
}

@Injectable()
export class RoutingService {
  private readonly logger = new Logger('Routing');
  /** The rules every new ticket is matched against, per project (see ProjectConfigCache). */
  private readonly cache = new ProjectConfigCache<RoutingRule[]>();

  constructor(
    private readonly rules: RoutingRuleStore,
    private readonly team: TeamService,
    private readonly ticketTypes: TicketTypesService,
  ) {}

  /** Every rule, in the order they are tried (order_index, then oldest first). */
  list(project: AuthenticatedProject): Promise<RoutingRule[]> {
    return this.rules.list(project.id);
  }

  async get(project: AuthenticatedProject, ruleId: string): Promise<RoutingRule> {
    const rule = isUuid(ruleId) ? await this.rules.findOne(project.id, ruleId) : null;
    if (!rule) throw new RoutingRuleNotFound();
    return rule;
  }

  async create(project: AuthenticatedProject, input: NewRoutingRule): Promise<RoutingRule> {
    const condition = await this.checkCondition(project, input.condition);
    const action = await this.checkAction(project, input.action);
    const count = await this.rules.count(project.id);
    if (count >= MAX_ROUTING_RULES_PER_PROJECT) throw new RoutingRuleLimitReached(MAX_ROUTING_RULES_PER_PROJECT);
    const id = await this.rules.insert({
      projectId: project.id,
      name: input.name.trim(),
      condition,
      action,
      orderIndex: input.order_index ?? 0,
      enabled: input.enabled ?? true,
    });
    return this.rules.findById(id);
  }

  /** Only what is sent is checked and changed: a rule whose assignee has left can still be renamed or disabled. */
  async update(project: AuthenticatedProject, ruleId: string, changes: RoutingRuleChanges): Promise<RoutingRule> {
    const rule = await this.get(project, ruleId);
    const patch: Partial<RoutingRule> = {};
    if (changes.name !== undefined) patch.name = changes.name.trim();
    if (changes.condition !== undefined) patch.condition = await this.checkCondition(project, changes.condition);
    if (changes.action !== undefined) patch.action = await this.checkAction(project, changes.action);
    if (changes.order_index !== undefined) patch.orderIndex = changes.order_index;
    if (changes.enabled !== undefined) patch.enabled = changes.enabled;
    if (Object.keys(patch).length > 0) {
      if (!(await this.rules.update(project.id, rule.id, patch))) throw new RoutingRuleNotFound();
    }
    return this.rules.findById(rule.id);
  }

  async remove(project: AuthenticatedProject, ruleId: string): Promise<void> {
    if (!isUuid(ruleId)) throw new RoutingRuleNotFound();
    if (!(await this.rules.delete(project.id, ruleId))) throw new RoutingRuleNotFound();
  }

  /**
   * Routing of a ticket being created, read through the creation transaction (`sql`): the first enabled
   * rule whose condition holds, or null. A rule whose assignee is no longer a team member still applies
   * its priority and tag; the assignment is dropped and reported (warning log here, a note on the ticket
   * by the caller) instead of failing the ticket.
   */
  async decide(project: AuthenticatedProject, draft: RoutingTicketDraft, sql: Sql): Promise<RoutingDecision | null> {
    const rule = findMatchingRule(this.cache.get(project) ?? (await this.loadForMatching(project, sql)), draft);
    if (!rule) return null;
    let assignTo: string | null = null;
    let unavailableAssignee: string | null = null;
    if (rule.action.assign_to !== undefined) {
      try {
        assignTo = (await this.team.get(project, rule.action.assign_to, sql)).id;
      } catch (error) {
        if (!(error instanceof MemberNotFound)) throw error;
        unavailableAssignee = rule.action.assign_to;
        this.logger.warn({
          msg: 'routing rule assignee is not a team member; ticket left unassigned',
          project_id: project.id,
          rule_id: rule.id,
          member_id: unavailableAssignee,
        });
      }
    }
    return {
      ruleId: rule.id,
      ruleName: rule.name,
      assignTo,
      priority: rule.action.set_priority ?? null,
      tag: rule.action.add_tag ?? null,
      unavailableAssignee,
    };
  }

  /** The project's rules and the config_version they belong to, in one statement, through the caller's transaction. */
  private async loadForMatching(project: AuthenticatedProject, sql: Sql): Promise<RoutingRule[]> {
    const { configVersion, rules } = await this.rules.listForMatching(sql, project.id);
    if (configVersion !== undefined) this.cache.set(project.id, configVersion, rules);
    return rules;
  }

  private async checkCondition(project: AuthenticatedProject, raw: unknown): Promise<RoutingCondition> {
    const condition = parseRoutingCondition(raw);
    if (
      condition.ticket_type_id !== undefined &&
      !(await this.ticketTypes.findLiveById(project, condition.ticket_type_id))
    ) {
      throw new InvalidRoutingRule('condition.ticket_type_id is not a ticket type of this project');
    }
    if (
      condition.ticket_type !== undefined &&
      !(await this.ticketTypes.findLiveByName(project, condition.ticket_type))
    ) {
      throw new InvalidRoutingRule(
        `condition.ticket_type "${condition.ticket_type}" is not the name of a ticket type of this project`,
      );
    }
    return condition;
  }

  private async checkAction(project: AuthenticatedProject, raw: unknown): Promise<RoutingAction> {
    const action = parseRoutingAction(raw);
    if (action.assign_to !== undefined) await this.team.requireMember(project, action.assign_to, 'action.assign_to');
    return action;
  }
}
