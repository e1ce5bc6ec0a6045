import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Ticket = Schemas['TicketResponse'];
export type TicketDetails = Schemas['TicketDetailsResponse'];
export type TicketMessage = Schemas['TicketMessageResponse'];
export type Member = Schemas['TeamMemberResponse'];
export type Role = Member['role'];
export type TicketStatus = Ticket['status'];
export type Priority = Ticket['priority'];
export type Channel = Ticket['channel'];

export const STATUSES: TicketStatus[] = ['new', 'in_progress', 'waiting', 'closed'];
export const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];
export const CHANNELS: Channel[] = ['telegram', 'max', 'virtual'];
export const ROLES: Role[] = ['owner', 'admin', 'support', 'viewer'];

/** The one API client: typed from openapi.json, same-origin, authenticated by the session cookie. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });

/** An API refusal in words (`error` of the body) with its status and code, for showing next to its cause. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
    /** A validation error's fields, each with why (`details[].code`). */
    readonly fields: Array<{ field: string; code: string }> = [],
  ) {
    super(message);
  }
}

/** The `{field, code}` entries of an error body's `details`, when it is a list of them. */
export function fieldProblemsOf(details: unknown): Array<{ field: string; code: string }> {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (item): item is { field: string; code: string } =>
      typeof item === 'object' && item !== null && typeof item.field === 'string' && typeof item.code === 'string',
  );
}

let onSignedOut: () => void = () => undefined;

/** Called when any request answers 401: the session ended (signed out elsewhere, member removed). */
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

/** Resolves with the response body, or throws ApiError carrying the API's own words. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw new ApiError('network', 0);
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const body = (error ?? {}) as { error?: unknown; code?: unknown; details?: unknown };
    if (response.status === 401 && !response.url.endsWith('/v1/auth/login')) onSignedOut();
    throw new ApiError(
      typeof body.error === 'string' ? body.error : response.statusText,
      response.status,
      typeof body.code === 'string' ? body.code : undefined,
      fieldProblemsOf(body.details),
    );
  }
  return data as T;
}
