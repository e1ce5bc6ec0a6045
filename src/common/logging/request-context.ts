import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  projectId?: string;
}

/** Carries the request id into every log line written while the request is handled. */
export const requestContext = new AsyncLocalStorage<RequestContext>();
