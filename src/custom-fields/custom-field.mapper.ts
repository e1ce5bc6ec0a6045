import type { CustomFieldResponse } from './dto/custom-field.dto.js';
import type { CustomField } from './custom-field.entity.js';

export function toCustomFieldResponse(field: CustomField): CustomFieldResponse {
  return {
    id: field.id,
    key: field.key,
    label: field.label,
    type: field.type,
    options: [...field.options],
    required_to_close: field.requiredToClose,
    enabled: field.enabled,
  };
}
