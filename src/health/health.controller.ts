import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PublicRoute } from '../common/auth/api-key.guard.js';
import { HealthStore } from './health.store.js';
import { ShutdownState } from './shutdown-state.js';

class HealthResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: 'ok' | 'unavailable';
}

class LivenessResponse {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

class ReadinessResponse {
  @ApiProperty({ enum: ['ok', 'unavailable', 'shutting_down'] }) status: 'ok' | 'unavailable' | 'shutting_down';
}

const DATABASE_CHECK_TIMEOUT_MS = 3_000;

@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: HealthStore,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get()
  @PublicRoute()
  @ApiOperation({ summary: 'Liveness with a database round trip (no auth)' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    if (await this.databaseAnswers()) return { status: 'ok' };
    response.status(503);
    return { status: 'unavailable' };
  }

  @Get('live')
  @PublicRoute()
  @ApiOperation({ summary: 'Liveness: the process serves HTTP (no database round trip, no auth)' })
  @ApiOkResponse({ type: LivenessResponse })
  live(): LivenessResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @PublicRoute()
  @ApiOperation({ summary: 'Readiness: 503 once shutdown has begun or when the database does not answer (no auth)' })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: ReadinessResponse })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessResponse> {
    if (this.shutdown.isShuttingDown) {
      response.status(503);
      return { status: 'shutting_down' };
    }
    if (await this.databaseAnswers()) return { status: 'ok' };
    response.status(503);
    return { status: 'unavailable' };
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await Promise.race([
        this.database.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), DATABASE_CHECK_TIMEOUT_MS).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
