import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_PROBLEM_CODES, type FieldProblemCode } from '../validation/validation.js';
import { ERROR_CODES, type ErrorCode } from './error-codes.js';

/** One field a request got wrong (validation errors, invalid webhook URL). */
export class FieldProblem {
  @ApiProperty({ example: 'text', description: 'Dotted path of the field in the body or query' })
  field: string;

  @ApiProperty({ example: 'text must be shorter than or equal to 4096 characters' })
  reason: string;

  @ApiProperty({
    enum: FIELD_PROBLEM_CODES,
    enumName: 'FieldProblemCode',
    example: 'too_long',
    description:
      'Why, for machines (a form shows its own words): `missing`, `wrong_type`, `unknown_field`, ' +
      '`invalid_choice` (not one of the allowed values), `invalid_format`, `too_short`, `too_long`, `too_many`, ' +
      '`out_of_range`, `invalid`',
  })
  code: FieldProblemCode;
}

const CODE_LIST = Object.entries(ERROR_CODES)
  .map(([code, meaning]) => `- \`${code}\`: ${meaning}`)
  .join('\n');

/** The body of every failed response. */
export class ErrorBody {
  @ApiProperty({ example: 'text is required', description: 'Human-readable; may change. Branch on `code`.' })
  error: string;

  @ApiProperty({ example: false, description: 'true for 429 and 5xx: the same request may succeed later' })
  retryable: boolean;

  @ApiProperty({
    enum: Object.keys(ERROR_CODES),
    enumName: 'ErrorCode',
    example: 'validation_failed',
    description: `Stable machine-readable kind of error:\n${CODE_LIST}`,
  })
  code: ErrorCode;

  @ApiPropertyOptional({
    description:
      'Extra facts about the error. `validation_failed` and `invalid_webhook_url`: an array of `{field, reason}`; ' +
      '`canned_unknown_variable`: `{unknown_variables: string[]}`.',
    oneOf: [
      { type: 'array', items: { $ref: '#/components/schemas/FieldProblem' } },
      {
        type: 'object',
        properties: { unknown_variables: { type: 'array', items: { type: 'string' } } },
        required: ['unknown_variables'],
      },
    ],
  })
  details?: FieldProblem[] | { unknown_variables: string[] };

  @ApiPropertyOptional({
    description:
      "`ticket_changed` only: the messages newer than the reply's `after_message_id` (oldest first), sent back " +
      'instead of the reply',
    type: 'array',
    items: { $ref: '#/components/schemas/TicketMessageResponse' },
  })
  messages?: unknown[];
}
