import { ApiProperty } from '@nestjs/swagger';

/** The body of every failed response. */
export class ErrorBody {
  @ApiProperty({ example: 'text is required' })
  error: string;

  @ApiProperty({ example: false })
  retryable: boolean;

  @ApiProperty({ required: false, description: 'Field-level reasons for validation errors' })
  details?: unknown;
}
