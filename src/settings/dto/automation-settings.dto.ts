import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsOptionalNonNull } from '../../common/validation/decorators.js';

const WINDOWS_PER_DAY = 8;
const HOLIDAYS_MAX = 400;

export class BusinessWindowDto {
  @ApiProperty({ example: '09:00', description: 'HH:MM local time the window opens' })
  @IsString()
  @MaxLength(5)
  from: string;

  @ApiProperty({
    example: '18:00',
    description: 'HH:MM it closes; earlier than `from`: the next day (spans midnight); "24:00": end of the day',
  })
  @IsString()
  @MaxLength(5)
  to: string;
}

function DayWindows() {
  return (target: object, key: string) => {
    ApiProperty({
      required: false,
      type: [BusinessWindowDto],
      maxItems: WINDOWS_PER_DAY,
      description: 'absent: closed',
    })(target, key);
    IsOptionalNonNull()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(WINDOWS_PER_DAY)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => BusinessWindowDto)(target, key);
  };
}

export class BusinessWeekDto {
  @DayWindows() mon?: BusinessWindowDto[];
  @DayWindows() tue?: BusinessWindowDto[];
  @DayWindows() wed?: BusinessWindowDto[];
  @DayWindows() thu?: BusinessWindowDto[];
  @DayWindows() fri?: BusinessWindowDto[];
  @DayWindows() sat?: BusinessWindowDto[];
  @DayWindows() sun?: BusinessWindowDto[];
}

export class BusinessHoursDto {
  @ApiProperty({ example: 'Europe/Moscow', description: 'IANA time zone', maxLength: 64 })
  @IsString()
  @MaxLength(64)
  timezone: string;

  @ApiProperty({ type: BusinessWeekDto })
  @IsObject()
  @ValidateNested()
  @Type(() => BusinessWeekDto)
  week: BusinessWeekDto;

  @ApiProperty({
    required: false,
    type: [String],
    example: ['2026-12-31'],
    maxItems: HOLIDAYS_MAX,
    description: 'YYYY-MM-DD local dates: windows opening on them do not count',
  })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(HOLIDAYS_MAX)
  @IsString({ each: true })
  holidays?: string[];
}

class BusinessWindowResponse {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
}

class BusinessWeekResponse {
  @ApiProperty({ type: [BusinessWindowResponse] }) mon: BusinessWindowResponse[];
  @ApiProperty({ type: [BusinessWindowResponse] }) tue: BusinessWindowResponse[];
  @ApiProperty({ type: [BusinessWindowResponse] }) wed: BusinessWindowResponse[];
  @ApiProperty({ type: [BusinessWindowResponse] }) thu: BusinessWindowResponse[];
  @ApiProperty({ type: [BusinessWindowResponse] }) fri: BusinessWindowResponse[];
  @ApiProperty({ type: [BusinessWindowResponse] }) sat: BusinessWindowResponse[];
  @ApiProperty({ type: [BusinessWindowResponse] }) sun: BusinessWindowResponse[];
}

export class BusinessHoursResponse {
  @ApiProperty() timezone: string;
  @ApiProperty({ type: BusinessWeekResponse }) week: BusinessWeekResponse;
  @ApiProperty({ type: [String] }) holidays: string[];
}
