import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toErrorResponse } from './error-response.js';

/** The single place where failures become HTTP responses. Unexpected errors are logged, never echoed. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const mapped = toErrorResponse(exception);
    if (mapped.status >= 500) {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error({
        msg: 'request failed',
        method: request.method,
        path: request.path,
        error: error.message,
        stack: error.stack,
      });
    }
    if (response.headersSent) return;
    response.status(mapped.status).set(mapped.headers).json(mapped.body);
  }
}
