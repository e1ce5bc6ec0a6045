import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { isUuid } from '../common/ids.js';
import { CustomField, type CustomFieldType } from './custom-field.entity.js';
import { CustomFieldStore } from './custom-field.store.js';
import { assertClosable, checkedFilters, mergedValues } from './custom-field-values.js';
import { CustomFieldKeyTaken, CustomFieldNotFound, InvalidCustomFieldDefinition } from './custom-fields.errors.js';

/** A pick list of a ticket form: a project needs a handful, never thousands. */
export const MAX_CUSTOM_FIELDS_PER_PROJECT = 50;

export interface NewCustomField {
  key: string;
  label: string;
  type: CustomFieldType;
  options?: string[];
  required_to_close?: boolean;
  enabled?: boolean;
}

export type CustomFieldChanges = Partial<NewCustomField>;

/** The project's custom fields, and the rules for their values on tickets (used by the tickets module). */
@Injectable()
export class CustomFieldsService {
  constructor(private readonly store: CustomFieldStore) {}

  list(project: AuthenticatedProject): Promise<CustomField[]> {
    return this.store.list(project.id);
  }

  async get(project: AuthenticatedProject, fieldId: string): Promise<CustomField> {
    const field = isUuid(fieldId) ? await this.store.find(project.id, fieldId) : null;
    if (!field) throw new CustomFieldNotFound();
    return field;
  }

  async create(project: AuthenticatedProject, input: NewCustomField): Promise<CustomField> {
    const options = checkedOptions(input.type, input.options);
    if ((await this.store.count(project.id)) >= MAX_CUSTOM_FIELDS_PER_PROJECT)
      throw new InvalidCustomFieldDefinition(`a project can have at most ${MAX_CUSTOM_FIELDS_PER_PROJECT} fields`);
    try {
      return await this.store.insert({
        projectId: project.id,
        key: input.key,
        label: input.label,
        type: input.type,
        options,
        requiredToClose: input.required_to_close ?? false,
        enabled: input.enabled ?? true,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'custom_field_key_uq')) throw new CustomFieldKeyTaken(input.key);
      throw error;
    }
  }

  async update(project: AuthenticatedProject, fieldId: string, changes: CustomFieldChanges): Promise<CustomField> {
    const field = await this.get(project, fieldId);
    if (changes.key !== undefined && changes.key !== field.key)
      throw new InvalidCustomFieldDefinition('the key of a custom field cannot be changed');
    if (changes.type !== undefined && changes.type !== field.type)
      throw new InvalidCustomFieldDefinition('the type of a custom field cannot be changed');
    if (changes.options !== undefined) field.options = checkedOptions(field.type, changes.options);
    if (changes.label !== undefined) field.label = changes.label;
    if (changes.required_to_close !== undefined) field.requiredToClose = changes.required_to_close;
    if (changes.enabled !== undefined) field.enabled = changes.enabled;
    return this.store.save(field);
  }

  /** Values already on tickets stay in their `custom_fields` until changed; the key becomes free. */
  async remove(project: AuthenticatedProject, fieldId: string): Promise<void> {
    if (!isUuid(fieldId) || !(await this.store.delete(project.id, fieldId))) throw new CustomFieldNotFound();
  }

  /** A ticket's values after `changes` (null unsets), checked against the project's fields (422 otherwise). */
  async mergeValues(
    project: AuthenticatedProject,
    sql: Sql,
    current: Record<string, unknown>,
    changes: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    return mergedValues(await this.store.listIn(sql, project.id), current, changes);
  }

  /** 422 custom_field_required when any of the tickets lacks a field required to close. */
  async assertClosable(project: AuthenticatedProject, sql: Sql, values: Array<Record<string, unknown>>) {
    const fields = await this.store.listIn(sql, project.id);
    for (const ticketValues of values) assertClosable(fields, ticketValues);
  }

  /** `cf_<key>` list filters, checked against the project's fields. */
  async checkFilters(project: AuthenticatedProject, sql: Sql, filters: Record<string, string>) {
    if (Object.keys(filters).length === 0) return filters;
    return checkedFilters(await this.store.listIn(sql, project.id), filters);
  }
}

function checkedOptions(type: CustomFieldType, options: string[] | undefined): string[] {
  if (type !== 'select') {
    if (options !== undefined && options.length > 0)
      throw new InvalidCustomFieldDefinition('only a select field has options');
    return [];
  }
  const trimmed = (options ?? []).map((option) => option.trim());
  if (trimmed.length === 0 || trimmed.some((option) => option === ''))
    throw new InvalidCustomFieldDefinition('a select field needs at least one non-blank option');
  if (new Set(trimmed).size !== trimmed.length) throw new InvalidCustomFieldDefinition('options must be unique');
  return trimmed;
}
