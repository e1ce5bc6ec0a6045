import {
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

const FILTERS = Symbol('customFieldFilters');
type WithFilters = Request & { [FILTERS]?: Record<string, string> };

/**
 * Takes the `cf_<key>=<value>` parameters of a ticket list out of the query before validation (interceptors
 * run before pipes), so the list's DTO still refuses any other unknown parameter. Repeated → the last one.
 */
@Injectable()
export class CustomFieldFilterInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<WithFilters>();
    const rest: Record<string, unknown> = {};
    const filters: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (!name.startsWith('cf_')) rest[name] = value;
      else filters[name.slice(3)] = String(Array.isArray(value) ? value.at(-1) : value);
    }
    Object.defineProperty(request, 'query', { value: rest, configurable: true, writable: true, enumerable: true });
    request[FILTERS] = filters;
    return next.handle();
  }
}

/** The `cf_<key>` filters the interceptor took out (key without the prefix → value). */
export const CustomFieldFilters = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Record<string, string> =>
    context.switchToHttp().getRequest<WithFilters>()[FILTERS] ?? {},
);
