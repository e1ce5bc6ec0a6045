import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export const CSAT_MIN = 1;
export const CSAT_MAX = 5;

export class RateTicketDto {
  @ApiProperty({ type: 'integer', minimum: CSAT_MIN, maximum: CSAT_MAX, example: 5 })
  @IsInt()
  @Min(CSAT_MIN)
  @Max(CSAT_MAX)
  rating: number;
}
