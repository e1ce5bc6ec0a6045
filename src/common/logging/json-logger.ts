import { LoggerService } from '@nestjs/common';
import type { LogLevelName } from '../../config/env.js';
import { requestContext } from './request-context.js';

const SEVERITY: Record<LogLevelName, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/**
 * Nest's start-up chatter (a line per module and per route, over a hundred lines) is debug: at info the
 * first start shows what a person needs (listening, the demo key) instead of burying it.
 */
const FRAMEWORK_START_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** One JSON object per line on stdout, with the request id when there is one. */
export class JsonLogger implements LoggerService {
  private readonly threshold: number;

  constructor(level: LogLevelName = 'info') {
    this.threshold = SEVERITY[level];
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  private write(level: LogLevelName, message: unknown, rest: unknown[]): void {
    // Nest passes the context name as the last string argument.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (level === 'info' && context && FRAMEWORK_START_CONTEXTS.has(context)) level = 'debug';
    if (SEVERITY[level] < this.threshold) return;
    const fields =
      typeof message === 'object' && message !== null && !(message instanceof Error)
        ? (message as Record<string, unknown>)
        : { msg: message instanceof Error ? message.message : String(message) };
    const line = {
      time: new Date().toISOString(),
      level,
      ...(context ? { context } : {}),
      ...(requestContext.getStore()?.requestId ? { request_id: requestContext.getStore()!.requestId } : {}),
      ...fields,
    };
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}
