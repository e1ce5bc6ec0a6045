import { ApiProperty } from '@nestjs/swagger';

/** GET /v1/credits, the CLI's `credits show` / `credits add`, MCP `get_credits` and the `credits.low` webhook data. */
export class CreditsResponse {
  @ApiProperty({
    format: 'date-time',
    example: '2026-12-01T00:00:00.000Z',
    description: 'Start of the current month (00:00 UTC on the 1st)',
  })
  period_start: string;

  @ApiProperty({
    example: 100,
    description: 'Free credits every project gets per calendar month (FREE_CREDITS_PER_MONTH)',
  })
  free_monthly: number;

  @ApiProperty({ example: 37, description: 'Free credits used this month' })
  free_used: number;

  @ApiProperty({ example: 500, description: 'Purchased credits left; used after the free ones, they do not expire' })
  balance: number;

  @ApiProperty({ example: 37, description: 'Public agent replies charged this month (free and purchased)' })
  replies_this_month: number;

  @ApiProperty({ example: 563, description: 'Credits left in total: free left this month plus the purchased balance' })
  remaining: number;
}
