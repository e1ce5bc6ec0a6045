import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsObject, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsNonEmptyObject, IsOptionalNonNull } from '../../common/validation/decorators.js';
import { Trim } from '../../common/validation/trim.js';
import {
  CONTAINS_MAX_LENGTH,
  ROUTING_PRIORITIES,
  TAG_MAX_LENGTH,
  TAG_PATTERN,
  TICKET_TYPE_NAME_MAX_LENGTH,
  type RoutingPriority,
} from '../routing-rule-definition.js';
import { type Channel, CHANNELS } from '../../common/channels.js';

export const RULE_NAME_MAX_LENGTH = 200;
export const ORDER_INDEX_LIMIT = 1_000_000;

/** OpenAPI shape of `condition`. Validation is parseRoutingCondition's, so a bad key is a 422 naming it. */
export class RoutingConditionSchema {
  @ApiProperty({ required: false, enum: CHANNELS })
  channel?: Channel;

  @ApiProperty({
    required: false,
    maxLength: CONTAINS_MAX_LENGTH,
    description: 'Case-insensitive substring of the subject',
  })
  subject_contains?: string;

  @ApiProperty({
    required: false,
    maxLength: CONTAINS_MAX_LENGTH,
    description: 'Case-insensitive substring of the first message',
  })
  text_contains?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'A ticket type of this project' })
  ticket_type_id?: string;

  @ApiProperty({
    required: false,
    maxLength: TICKET_TYPE_NAME_MAX_LENGTH,
    example: 'bug',
    description: 'A ticket type name, case-insensitive',
  })
  ticket_type?: string;
}

/** OpenAPI shape of `action`. Validation is parseRoutingAction's. */
export class RoutingActionSchema {
  @ApiProperty({ required: false, format: 'uuid', description: 'A team member of this project' })
  assign_to?: string;

  @ApiProperty({ required: false, enum: ROUTING_PRIORITIES })
  set_priority?: RoutingPriority;

  @ApiProperty({
    required: false,
    maxLength: TAG_MAX_LENGTH,
    pattern: TAG_PATTERN.source,
    example: 'billing',
    description: 'Letters, digits, "_" and "-"',
  })
  add_tag?: string;
}

const CONDITION_DOC = 'Non-empty; every key present must hold (AND). Unknown keys or bad values → 422 naming the key';
const ACTION_DOC = 'Non-empty; everything present is applied. Unknown keys or bad values → 422 naming the key';

export class CreateRoutingRuleDto {
  @ApiProperty({ example: 'Urgent bugs to manager', minLength: 1, maxLength: RULE_NAME_MAX_LENGTH })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be blank' })
  @MaxLength(RULE_NAME_MAX_LENGTH)
  name: string;

  @ApiProperty({ type: RoutingConditionSchema, example: { ticket_type: 'bug' }, description: CONDITION_DOC })
  @IsObject()
  @IsNonEmptyObject()
  condition: Record<string, unknown>;

  @ApiProperty({ type: RoutingActionSchema, example: { set_priority: 'high' }, description: ACTION_DOC })
  @IsObject()
  @IsNonEmptyObject()
  action: Record<string, unknown>;

  @ApiProperty({
    required: false,
    type: 'integer',
    default: 0,
    example: 1,
    minimum: -ORDER_INDEX_LIMIT,
    maximum: ORDER_INDEX_LIMIT,
    description: 'Lower runs first',
  })
  @IsOptionalNonNull()
  @IsInt()
  @Min(-ORDER_INDEX_LIMIT)
  @Max(ORDER_INDEX_LIMIT)
  order_index?: number;

  @ApiProperty({ required: false, default: true })
  @IsOptionalNonNull()
  @IsBoolean()
  enabled?: boolean;
}

/** PUT: only the fields sent change; `condition` and `action` are replaced whole. */
export class UpdateRoutingRuleDto {
  @ApiProperty({ required: false, minLength: 1, maxLength: RULE_NAME_MAX_LENGTH })
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be blank' })
  @MaxLength(RULE_NAME_MAX_LENGTH)
  name?: string;

  @ApiProperty({ required: false, type: RoutingConditionSchema, description: CONDITION_DOC })
  @IsOptionalNonNull()
  @IsObject()
  @IsNonEmptyObject()
  condition?: Record<string, unknown>;

  @ApiProperty({ required: false, type: RoutingActionSchema, description: ACTION_DOC })
  @IsOptionalNonNull()
  @IsObject()
  @IsNonEmptyObject()
  action?: Record<string, unknown>;

  @ApiProperty({ required: false, type: 'integer', minimum: -ORDER_INDEX_LIMIT, maximum: ORDER_INDEX_LIMIT })
  @IsOptionalNonNull()
  @IsInt()
  @Min(-ORDER_INDEX_LIMIT)
  @Max(ORDER_INDEX_LIMIT)
  order_index?: number;

  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  enabled?: boolean;
}

export class RoutingRuleResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Urgent bugs to manager' }) name: string;
  @ApiProperty({ type: RoutingConditionSchema }) condition: RoutingConditionSchema;
  @ApiProperty({ type: RoutingActionSchema }) action: RoutingActionSchema;
  @ApiProperty({ type: 'integer' }) order_index: number;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class RoutingRuleListResponse {
  @ApiProperty({
    type: [RoutingRuleResponse],
    description: 'In the order rules are tried: order_index, then oldest first',
  })
  routing_rules: RoutingRuleResponse[];
}
