import type { CustomField } from './custom-field.entity.js';
import { CustomFieldRequired, InvalidCustomField } from './custom-fields.errors.js';

export const CUSTOM_TEXT_MAX_LENGTH = 2000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The value checked against its field's type; throws InvalidCustomField. */
export function checkedValue(field: CustomField, value: unknown): unknown {
  const invalid = (reason: string) => new InvalidCustomField(field.key, reason);
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') throw invalid('must be a string');
      if (value.length > CUSTOM_TEXT_MAX_LENGTH) throw invalid(`must be at most ${CUSTOM_TEXT_MAX_LENGTH} characters`);
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid('must be a number');
      return value;
    case 'checkbox':
      if (typeof value !== 'boolean') throw invalid('must be true or false');
      return value;
    case 'date':
      if (typeof value !== 'string' || !isDate(value)) throw invalid('must be a date YYYY-MM-DD');
      return value;
    case 'select':
      if (typeof value !== 'string' || !field.options.includes(value))
        throw invalid(`must be one of the options: ${field.options.join(', ')}`);
      return value;
  }
}

/**
 * The ticket's values after applying `changes` (by key; null or "" unsets) to `current`. Only enabled fields
 * may be written; an unknown key, a wrong type or option → InvalidCustomField.
 */
export function mergedValues(
  fields: CustomField[],
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const byKey = new Map(fields.filter((field) => field.enabled).map((field) => [field.key, field]));
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    const field = byKey.get(key);
    if (!field) throw new InvalidCustomField(key, 'no such custom field');
    if (value === null || value === '') delete next[key];
    else next[key] = checkedValue(field, value);
  }
  return next;
}

/** Throws CustomFieldRequired when an enabled field required to close is unset on the ticket. */
export function assertClosable(fields: CustomField[], values: Record<string, unknown>): void {
  const missing = fields
    .filter((field) => field.enabled && field.requiredToClose)
    .filter((field) => values[field.key] === undefined || values[field.key] === null || values[field.key] === '')
    .map((field) => field.key);
  if (missing.length > 0) throw new CustomFieldRequired(missing);
}

/** `cf_<key>=<value>` list filters: the key must be a field of the project; the value is compared as text. */
export function checkedFilters(fields: CustomField[], filters: Record<string, string>): Record<string, string> {
  const keys = new Set(fields.map((field) => field.key));
  for (const [key, value] of Object.entries(filters)) {
    if (!keys.has(key)) throw new InvalidCustomField(key, 'no such custom field');
    if (value.length > 200) throw new InvalidCustomField(key, 'the filter value is longer than 200 characters');
  }
  return filters;
}
