import { Conflict, NotFound, Unprocessable } from '../common/errors/app-error.js';

export class CustomFieldNotFound extends NotFound {
  constructor() {
    super('custom field', 'custom_field_not_found');
  }
}

export class CustomFieldKeyTaken extends Conflict {
  constructor(key: string) {
    super(`a custom field with the key "${key}" already exists`, 'custom_field_key_taken');
  }
}

export class InvalidCustomFieldDefinition extends Unprocessable {
  constructor(message: string) {
    super(message, 'invalid_custom_field_definition');
  }
}

/** A value that does not fit its field: a wrong type, an unknown key or option. */
export class InvalidCustomField extends Unprocessable {
  constructor(key: string, reason: string) {
    super(`custom field "${key}": ${reason}`, 'invalid_custom_field', [{ field: `custom_fields.${key}`, reason }]);
  }
}

export class CustomFieldRequired extends Unprocessable {
  constructor(keys: string[]) {
    super(
      `the ticket cannot be closed while these custom fields are unset: ${keys.join(', ')}`,
      'custom_field_required',
      keys.map((key) => ({ field: `custom_fields.${key}`, reason: 'required to close' })),
    );
  }
}
