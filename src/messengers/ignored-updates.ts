import type { Logger } from '@nestjs/common';
import type { MessengerChannel } from '../common/channels.js';
import type { MetricsService } from '../metrics/metrics.service.js';
import type { UpdateShape } from './update-shape.js';

/**
 * A malformed update is acknowledged (a 5xx would make the messenger deliver it again for ever), logged in
 * one warn line naming the update and what was wrong (never its content) and counted.
 */
export function ignoreMalformedUpdate(
  logger: Logger,
  metrics: MetricsService,
  channel: MessengerChannel,
  shape: Extract<UpdateShape<unknown>, { ok: false }>,
): 'ignored' {
  logger.warn({ msg: 'malformed update ignored', channel, update: shape.ref, problem: shape.problem });
  metrics.updatesIgnored.inc({ channel, reason: 'malformed' });
  return 'ignored';
}

/** A well-formed update the bot does not serve (a group chat, another update type): counted only. */
export function ignoreUnsupportedUpdate(metrics: MetricsService, channel: MessengerChannel): 'ignored' {
  metrics.updatesIgnored.inc({ channel, reason: 'unsupported' });
  return 'ignored';
}
