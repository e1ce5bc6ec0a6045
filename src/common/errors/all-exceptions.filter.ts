import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { reportServerError, toErrorResponse } from './error-response.js';

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
    if (mapped.status >= 500) reportServerError(this.logger, exception, request.method, request.path);
    if (response.headersSent) return;
    response.status(mapped.status).set(mapped.headers).json(mapped.body);
  }
}
