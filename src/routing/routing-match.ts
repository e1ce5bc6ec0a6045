import { ticketTypeNameKey } from '../ticket-types/ticket-type.entity.js';
import type { RoutingAction, RoutingCondition } from './routing-rule-definition.js';

/** What routing knows about a ticket being created. */
export interface RoutingTicketDraft {
  channel: string;
  subject: string | null;
  /** The first message. */
  text: string;
  ticketTypeId: string | null;
  /** The type's name at creation (the ticket's snapshot). */
  ticketTypeName: string | null;
}

/** The part of a rule matching looks at (the entity has it; tests build it by hand). */
export interface MatchableRule {
  id: string;
  condition: RoutingCondition;
  action: RoutingAction;
  orderIndex: number;
  enabled: boolean;
  createdAt: Date;
}

function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function containsIgnoringCase(haystack: string | null, needle: string): boolean {
  return haystack !== null && foldCase(haystack).includes(foldCase(needle));
}

/** True when every key of the condition holds for the draft (an empty condition never matches). */
export function conditionHolds(condition: RoutingCondition, draft: RoutingTicketDraft): boolean {
  const checks: boolean[] = [];
  if (condition.channel !== undefined) checks.push(draft.channel === condition.channel);
  if (condition.subject_contains !== undefined)
    checks.push(containsIgnoringCase(draft.subject, condition.subject_contains));
  if (condition.text_contains !== undefined) checks.push(containsIgnoringCase(draft.text, condition.text_contains));
  if (condition.ticket_type_id !== undefined)
    checks.push(
      draft.ticketTypeId !== null && draft.ticketTypeId.toLowerCase() === condition.ticket_type_id.toLowerCase(),
    );
  if (condition.ticket_type !== undefined) {
    checks.push(
      draft.ticketTypeName !== null &&
        ticketTypeNameKey(draft.ticketTypeName) === ticketTypeNameKey(condition.ticket_type),
    );
  }
  return checks.length > 0 && checks.every(Boolean);
}

/** Rule order: order_index ascending, then the older rule first, then id so the order is total. */
export function compareRules(a: MatchableRule, b: MatchableRule): number {
  return (
    a.orderIndex - b.orderIndex ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The first enabled rule, in rule order, whose condition holds for the draft; null when none does. */
export function findMatchingRule<Rule extends MatchableRule>(
  rules: readonly Rule[],
  draft: RoutingTicketDraft,
): Rule | null {
  const ordered = rules.filter((rule) => rule.enabled).sort(compareRules);
  return ordered.find((rule) => conditionHolds(rule.condition, draft)) ?? null;
}
