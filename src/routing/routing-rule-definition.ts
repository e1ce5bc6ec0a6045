import { InvalidRoutingRule } from './routing.errors.js';
import { isUuid } from '../common/ids.js';
import { type Channel, CHANNELS } from '../common/channels.js';

/**
 * The shape of a routing rule's `condition` and `action` objects, and their checks. Stored as JSON, so
 * they are checked here key by key: an unknown key or a bad value is a 422 that names the key. Checks
 * that need the database (the type exists, the assignee is a member) are the service's.
 */

export const ROUTING_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type RoutingPriority = (typeof ROUTING_PRIORITIES)[number];

export const CONDITION_KEYS = [
  'channel',
  'subject_contains',
  'text_contains',
  'ticket_type_id',
  'ticket_type',
] as const;
export const ACTION_KEYS = ['assign_to', 'set_priority', 'add_tag'] as const;

export const CONTAINS_MAX_LENGTH = 200;
export const TICKET_TYPE_NAME_MAX_LENGTH = 100;
export const TAG_MAX_LENGTH = 64;
/** Letters of any script, digits, `_` and `-`: a tag is one word, safe in URLs and filters. */
export const TAG_PATTERN = /^[\p{L}\p{N}_-]{1,64}$/u;

/** Every key present must hold for the rule to match. */
export interface RoutingCondition {
  channel?: Channel;
  /** Case-insensitive substring of the ticket's subject. */
  subject_contains?: string;
  /** Case-insensitive substring of the ticket's first message. */
  text_contains?: string;
  ticket_type_id?: string;
  /** A ticket type name, compared case-insensitively. */
  ticket_type?: string;
}

/** Everything present is applied when the rule matches. */
export interface RoutingAction {
  assign_to?: string;
  set_priority?: RoutingPriority;
  add_tag?: string;
}

function requireObject(value: unknown, field: string, allowedKeys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidRoutingRule(`${field} must be an object`);
  const entries = Object.keys(value);
  if (entries.length === 0)
    throw new InvalidRoutingRule(`${field} must have at least one of: ${allowedKeys.join(', ')}`);
  const unknown = entries.find((key) => !allowedKeys.includes(key));
  if (unknown !== undefined)
    throw new InvalidRoutingRule(`${field}.${unknown} is not a known key; allowed: ${allowedKeys.join(', ')}`);
  return value as Record<string, unknown>;
}

function requireText(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string') throw new InvalidRoutingRule(`${field} must be a string`);
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new InvalidRoutingRule(`${field} must not be blank`);
  if (trimmed.length > maxLength) throw new InvalidRoutingRule(`${field} must be at most ${maxLength} characters`);
  return trimmed;
}

function requireOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidRoutingRule(`${field} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function requireUuid(value: unknown, field: string): string {
  if (!isUuid(value)) throw new InvalidRoutingRule(`${field} must be a UUID`);
  return value.toLowerCase();
}

/**
 * Checks a condition object and returns it normalised (strings trimmed, ids lower-cased). Substrings are
 * kept as written; matching ignores case.
 */
export function parseRoutingCondition(raw: unknown): RoutingCondition {
  const input = requireObject(raw, 'condition', CONDITION_KEYS);
  const condition: RoutingCondition = {};
  if ('channel' in input) condition.channel = requireOneOf(input.channel, 'condition.channel', CHANNELS);
  if ('subject_contains' in input)
    condition.subject_contains = requireText(input.subject_contains, 'condition.subject_contains', CONTAINS_MAX_LENGTH);
  if ('text_contains' in input)
    condition.text_contains = requireText(input.text_contains, 'condition.text_contains', CONTAINS_MAX_LENGTH);
  if ('ticket_type_id' in input)
    condition.ticket_type_id = requireUuid(input.ticket_type_id, 'condition.ticket_type_id');
  if ('ticket_type' in input)
    condition.ticket_type = requireText(input.ticket_type, 'condition.ticket_type', TICKET_TYPE_NAME_MAX_LENGTH);
  return condition;
}

/** Checks an action object and returns it normalised. Whether `assign_to` is a member is checked by the service. */
export function parseRoutingAction(raw: unknown): RoutingAction {
  const input = requireObject(raw, 'action', ACTION_KEYS);
  const action: RoutingAction = {};
  if ('assign_to' in input) action.assign_to = requireUuid(input.assign_to, 'action.assign_to');
  if ('set_priority' in input)
    action.set_priority = requireOneOf(input.set_priority, 'action.set_priority', ROUTING_PRIORITIES);
  if ('add_tag' in input) {
    if (typeof input.add_tag !== 'string') throw new InvalidRoutingRule('action.add_tag must be a string');
    const tag = input.add_tag.trim();
    if (!TAG_PATTERN.test(tag)) {
      throw new InvalidRoutingRule(`action.add_tag must be 1-${TAG_MAX_LENGTH} letters, digits, "_" or "-"`);
    }
    action.add_tag = tag;
  }
  return action;
}
