import {
  applyDecorators,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type Observable, tap } from 'rxjs';
import type { RequestWithProject } from '../common/auth/api-key.guard.js';
import { type IdempotencyClaim, IdempotencyService } from './idempotency.service.js';

/**
 * What an idempotent handler runs its write through: the validated body (hashed with the route to tell
 * a retry from a different request) and the operation, which stores its response with the claim.
 */
export interface IdempotentCall {
  run<T>(body: unknown, operation: (claim: IdempotencyClaim | undefined) => Promise<T>): Promise<T>;
}

type IdempotentRequest = RequestWithProject & Request & { idempotentCall?: IdempotentCall };

const CREATED = 201;

/** `POST /v1/helpdesk/tickets/<id>/reply`: the route as declared, with this request's parameters in it. */
function routeOf(request: Request): string {
  const declared = `${request.baseUrl}${(request.route as { path: string }).path}`;
  const params = request.params as Record<string, string>;
  return `${request.method} ${declared.replace(/:(\w+)/g, (_match, name: string) => params[name] ?? `:${name}`)}`;
}

/**
 * The `Idempotency-Key` header of a write, kept 24 h per project: the same key and body replay the first
 * status and body (with `Idempotent-Replayed: true`); another body is 422; a first request still running
 * is 409. The handler passes its body after validation, so a malformed body fails the same way with or
 * without a key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly idempotency: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers['idempotency-key'] as string | undefined;
    let replayedStatus: number | undefined;
    request.idempotentCall = {
      run: async (body, operation) => {
        const idempotent = { route: routeOf(request), body };
        const result = await this.idempotency.run(request.project!, key, idempotent, CREATED, operation);
        if (result.replayed) replayedStatus = result.statusCode;
        return result.body;
      },
    };
    return next.handle().pipe(
      tap(() => {
        if (replayedStatus !== undefined) response.status(replayedStatus).setHeader('Idempotent-Replayed', 'true');
      }),
    );
  }
}

/** Marks a write as idempotent: documents the header and runs the handler under the interceptor. */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Same key and body within 24 h: the first response is replayed and nothing is created again. ' +
        'Other body: 422. First still running: 409.',
    }),
    UseInterceptors(IdempotencyInterceptor),
  );
}

/** The handler's IdempotentCall (only on a route marked `@Idempotent()`). */
export const Idempotency = createParamDecorator((_data: unknown, context: ExecutionContext): IdempotentCall => {
  const call = context.switchToHttp().getRequest<IdempotentRequest>().idempotentCall;
  if (!call) throw new Error('Idempotency used on a route without @Idempotent()');
  return call;
});
