import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNonNull } from '../../common/validation/decorators.js';
import { Trim } from '../../common/validation/trim.js';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from '../custom-field.entity.js';

export const CUSTOM_FIELD_KEY = /^[a-z0-9_]{1,40}$/;
export const CUSTOM_FIELD_LABEL_MAX_LENGTH = 100;
export const CUSTOM_FIELD_OPTION_MAX_LENGTH = 100;
export const CUSTOM_FIELD_MAX_OPTIONS = 100;

/** POST /v1/helpdesk/custom-fields */
export class CreateCustomFieldDto {
  @ApiProperty({ example: 'order_id', pattern: '^[a-z0-9_]{1,40}$', description: 'Unique per project; not changeable' })
  @IsString()
  @Matches(CUSTOM_FIELD_KEY, { message: 'key must be 1 to 40 of a-z, 0-9 and _' })
  key: string;

  @ApiProperty({ example: 'Order number', minLength: 1, maxLength: CUSTOM_FIELD_LABEL_MAX_LENGTH })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'label must not be blank' })
  @MaxLength(CUSTOM_FIELD_LABEL_MAX_LENGTH)
  label: string;

  @ApiProperty({ enum: CUSTOM_FIELD_TYPES, description: 'Not changeable' })
  @IsIn(CUSTOM_FIELD_TYPES)
  type: CustomFieldType;

  @ApiProperty({
    required: false,
    type: [String],
    example: ['Mobile', 'Web'],
    description: 'The choices of a select field (at least one); not allowed for the other types',
  })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(CUSTOM_FIELD_MAX_OPTIONS)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(CUSTOM_FIELD_OPTION_MAX_LENGTH, { each: true })
  options?: string[];

  @ApiProperty({ required: false, description: 'A ticket cannot be closed while the field is unset (default false)' })
  @IsOptionalNonNull()
  @IsBoolean()
  required_to_close?: boolean;

  @ApiProperty({ required: false, description: 'Default true; a disabled field takes no new values' })
  @IsOptionalNonNull()
  @IsBoolean()
  enabled?: boolean;
}

/** PUT /v1/helpdesk/custom-fields/{field_id}: only the fields sent change; key and type stay. */
export class UpdateCustomFieldDto {
  @ApiProperty({ required: false, pattern: '^[a-z0-9_]{1,40}$', description: 'Accepted only unchanged' })
  @IsOptionalNonNull()
  @IsString()
  key?: string;

  @ApiProperty({ required: false, minLength: 1, maxLength: CUSTOM_FIELD_LABEL_MAX_LENGTH })
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'label must not be blank' })
  @MaxLength(CUSTOM_FIELD_LABEL_MAX_LENGTH)
  label?: string;

  @ApiProperty({ required: false, enum: CUSTOM_FIELD_TYPES, description: 'Accepted only unchanged' })
  @IsOptionalNonNull()
  @IsIn(CUSTOM_FIELD_TYPES)
  type?: CustomFieldType;

  @ApiProperty({ required: false, type: [String], description: 'The choices of a select field' })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(CUSTOM_FIELD_MAX_OPTIONS)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(CUSTOM_FIELD_OPTION_MAX_LENGTH, { each: true })
  options?: string[];

  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  required_to_close?: boolean;

  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  enabled?: boolean;
}

export class CustomFieldResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'order_id' }) key: string;
  @ApiProperty({ example: 'Order number' }) label: string;
  @ApiProperty({ enum: CUSTOM_FIELD_TYPES }) type: CustomFieldType;
  @ApiProperty({ type: [String], description: 'Choices of a select field; empty otherwise' }) options: string[];
  @ApiProperty() required_to_close: boolean;
  @ApiProperty() enabled: boolean;
}

export class CustomFieldListResponse {
  @ApiProperty({ type: [CustomFieldResponse] }) custom_fields: CustomFieldResponse[];
}
