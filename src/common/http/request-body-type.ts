import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { UnsupportedMediaType } from '../errors/app-error.js';

const ACCEPTED_BODY_TYPES = 'accepted-body-types';
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Lets one route take bodies of other media types besides application/json (e.g.
 * `@AcceptsBody('multipart/form-data')` on a file upload). Every other POST/PUT/PATCH takes JSON only.
 */
export function AcceptsBody(...mediaTypes: string[]): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCEPTED_BODY_TYPES, mediaTypes);
}

/** A request carries a body when it says so: a non-zero Content-Length or a chunked Transfer-Encoding. */
export function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The bare media type of a Content-Type header, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string | null {
  if (contentType === undefined) return null;
  const type = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return type === '' ? null : type;
}

/**
 * A body the JSON parser did not read (any other media type, or no Content-Type at all) would reach the
 * handler as `{}` and be taken for an empty request — a form-encoded PATCH …/assign would unassign.
 * It is refused with 415 before validation and before the handler runs.
 */
@Injectable()
export class RequestBodyTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (METHODS_WITH_BODY.has(req.method) && hasBody(req)) {
      const type = mediaTypeOf(req.headers['content-type']);
      const extra =
        this.reflector.getAllAndOverride<string[] | undefined>(ACCEPTED_BODY_TYPES, [
          context.getHandler(),
          context.getClass(),
        ]) ?? [];
      if (type !== 'application/json' && !(type !== null && extra.includes(type))) {
        const accepted = ['application/json', ...extra].join(' or ');
        throw new UnsupportedMediaType(
          type === null
            ? `a request body needs Content-Type: ${accepted}`
            : `Content-Type ${type} is not accepted here: send ${accepted}`,
        );
      }
    }
    return next.handle();
  }
}
