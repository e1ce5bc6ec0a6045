import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { PublicRoute } from '../common/auth/api-key.guard.js';
import { Unauthorized } from '../common/errors/app-error.js';
import type { Env } from '../config/env.js';
import { MetricsService } from './metrics.service.js';

/** Prometheus text exposition. Open unless METRICS_TOKEN is set (then `Authorization: Bearer <token>`). */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: ConfigService<Env, true>,
  ) {}

  @Get()
  @PublicRoute()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() response: Response): Promise<void> {
    const token = this.config.get('METRICS_TOKEN', { infer: true });
    if (token && !sameText(authorization ?? '', `Bearer ${token}`))
      throw new Unauthorized('metrics need Authorization: Bearer <METRICS_TOKEN>', 'metrics_token_invalid');
    const body = await this.metrics.registry.metrics();
    response.status(200).type(this.metrics.registry.contentType).send(body);
  }
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
