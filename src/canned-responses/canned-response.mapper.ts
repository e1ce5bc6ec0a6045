import { CannedResponse } from './canned-response.entity.js';
import { usedVariables } from './canned-text.js';
import { CannedResponseResponse } from './dto/canned-response.dto.js';

export function toCannedResponseResponse(canned: CannedResponse): CannedResponseResponse {
  return {
    id: canned.id,
    title: canned.title,
    text: canned.text,
    shortcut: canned.shortcut,
    variables: usedVariables(canned.text),
    created_at: canned.createdAt.toISOString(),
    updated_at: canned.updatedAt.toISOString(),
  };
}
