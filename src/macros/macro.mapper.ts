import type { MacroResponse } from './dto/macro.dto.js';
import type { Macro } from './macro.entity.js';

export function toMacroResponse(macro: Macro): MacroResponse {
  return {
    id: macro.id,
    name: macro.name,
    text: macro.text,
    internal: macro.internal,
    actions: macro.actions,
    created_at: macro.createdAt.toISOString(),
    updated_at: macro.updatedAt.toISOString(),
  };
}
