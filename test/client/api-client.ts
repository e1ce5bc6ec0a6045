/**
 * A strict client generated from openapi.json (openapi-typescript + openapi-fetch) that calls every
 * operation with every optional field. `scripts/check-openapi.mjs` type-checks it in `npm test`: a field
 * typed wrongly in the document (a nullable id typed `object`, a missing query parameter, a wrong enum)
 * fails the build. `Required<…>` makes leaving out a field a compile error; the `Calls` type makes
 * leaving out an operation one.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './generated/api.js';
import {
  ID,
  settings,
  login,
  acceptInvite,
  transfer,
  roleChange,
  member,
  request,
  newType,
  ticketEdit,
  customerChange,
  customerQuery,
  newField,
  fieldChange,
  typeChange,
  update,
  ticket,
  bulk,
  reply,
  presence,
  view,
  customerReply,
  status,
  assign,
  priority,
  render,
  rule,
  ruleChange,
  canned,
  cannedChange,
  rating,
  webhook,
  ticketQuery,
  macro,
  macroChange,
  macroApply,
  deliveryQuery,
  slaQuery,
  reportQuery,
} from './api-bodies.js';
import { teamChatCalls } from './team-chat-calls.js';

type Schemas = components['schemas'];
type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
/** One entry per path and per method the document defines there. */
type Calls = {
  [P in keyof paths]: {
    [M in Method as [Exclude<paths[P][M], undefined>] extends [never] ? never : M]: () => Promise<unknown>;
  };
};

export function exerciseEveryOperation(baseUrl: string, apiKey: string): Calls {
  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
  const idempotent = { 'Idempotency-Key': 'order-1' };

  return {
    '/health': { get: () => api.GET('/health') },
    '/health/live': { get: () => api.GET('/health/live') },
    '/health/ready': { get: () => api.GET('/health/ready') },
    '/v1/auth/login': { post: () => api.POST('/v1/auth/login', { body: login }) },
    '/v1/auth/accept-invite': { post: () => api.POST('/v1/auth/accept-invite', { body: acceptInvite }) },
    '/v1/auth/logout': { post: () => api.POST('/v1/auth/logout') },
    '/v1/auth/me': { get: () => api.GET('/v1/auth/me') },
    '/v1/events': {
      get: () =>
        api.GET('/v1/events', {
          params: { query: { last_event_id: '41' }, header: { 'Last-Event-ID': '42' } },
          parseAs: 'text',
        }),
    },
    '/v1/team/transfer-ownership': { post: () => api.POST('/v1/team/transfer-ownership', { body: transfer }) },
    '/v1/helpdesk/tickets/{id}/attachments/{attachment_id}': {
      get: () =>
        api.GET('/v1/helpdesk/tickets/{id}/attachments/{attachment_id}', {
          params: { path: { id: ID, attachment_id: ID } },
          parseAs: 'blob',
        }),
    },
    '/v1/helpdesk/settings': {
      get: () => api.GET('/v1/helpdesk/settings'),
      put: () => api.PUT('/v1/helpdesk/settings', { body: settings }),
    },
    '/v1/team/members': {
      get: () => api.GET('/v1/team/members'),
      post: () => api.POST('/v1/team/members', { body: member }),
    },
    '/v1/team/members/{member_id}': {
      patch: () => api.PATCH('/v1/team/members/{member_id}', { params: { path: { member_id: ID } }, body: roleChange }),
      delete: () => api.DELETE('/v1/team/members/{member_id}', { params: { path: { member_id: ID } } }),
    },
    '/v1/team/members/{member_id}/invite': {
      post: () => api.POST('/v1/team/members/{member_id}/invite', { params: { path: { member_id: ID } } }),
    },
    '/v1/team/members/{member_id}/reset-link': {
      post: () => api.POST('/v1/team/members/{member_id}/reset-link', { params: { path: { member_id: ID } } }),
    },
    '/v1/team/me/views': {
      get: () => api.GET('/v1/team/me/views'),
      post: () => api.POST('/v1/team/me/views', { body: view }),
    },
    '/v1/team/me/views/{view_id}': {
      delete: () => api.DELETE('/v1/team/me/views/{view_id}', { params: { path: { view_id: ID } } }),
    },
    '/v1/helpdesk/tickets/{id}/presence': {
      post: () => api.POST('/v1/helpdesk/tickets/{id}/presence', { params: { path: { id: ID } }, body: presence }),
    },
    '/v1/helpdesk/request': { post: () => api.POST('/v1/helpdesk/request', { body: request }) },
    '/v1/helpdesk/request/{request_id}/status': {
      get: () => api.GET('/v1/helpdesk/request/{request_id}/status', { params: { path: { request_id: ID } } }),
    },
    '/v1/helpdesk/ticket-types': {
      get: () => api.GET('/v1/helpdesk/ticket-types'),
      post: () => api.POST('/v1/helpdesk/ticket-types', { body: newType }),
    },
    '/v1/helpdesk/ticket-types/config': { get: () => api.GET('/v1/helpdesk/ticket-types/config') },
    '/v1/helpdesk/ticket-types/{type_id}': {
      put: () =>
        api.PUT('/v1/helpdesk/ticket-types/{type_id}', { params: { path: { type_id: ID } }, body: typeChange }),
      delete: () => api.DELETE('/v1/helpdesk/ticket-types/{type_id}', { params: { path: { type_id: ID } } }),
    },
    '/max/webhook': {
      post: () =>
        api.POST('/max/webhook', {
          params: { header: { 'X-Max-Bot-Api-Secret': 'secret' } },
          body: { update_type: 'message_created', timestamp: 1 },
        }),
    },
    '/telegram/webhook': {
      post: () =>
        api.POST('/telegram/webhook', {
          params: { header: { 'X-Telegram-Bot-Api-Secret-Token': 'secret' } },
          body: update,
        }),
    },
    '/v1/helpdesk/tickets': {
      post: () => api.POST('/v1/helpdesk/tickets', { params: { header: idempotent }, body: ticket }),
      get: () => api.GET('/v1/helpdesk/tickets', { params: { query: ticketQuery } }),
    },
    '/v1/helpdesk/tickets/bulk': { post: () => api.POST('/v1/helpdesk/tickets/bulk', { body: bulk }) },
    '/v1/helpdesk/tickets/{id}': {
      get: () => api.GET('/v1/helpdesk/tickets/{id}', { params: { path: { id: ID } } }),
      patch: () => api.PATCH('/v1/helpdesk/tickets/{id}', { params: { path: { id: ID } }, body: ticketEdit }),
      delete: () => api.DELETE('/v1/helpdesk/tickets/{id}', { params: { path: { id: ID } } }),
    },
    '/v1/helpdesk/tickets/export.csv': {
      get: () =>
        api.GET('/v1/helpdesk/tickets/export.csv', {
          params: { query: { status: 'closed', customer_id: ID } },
          parseAs: 'text',
        }),
    },
    '/v1/helpdesk/customers': {
      get: () => api.GET('/v1/helpdesk/customers', { params: { query: customerQuery } }),
    },
    '/v1/helpdesk/customers/{customer_id}': {
      get: () => api.GET('/v1/helpdesk/customers/{customer_id}', { params: { path: { customer_id: ID } } }),
      patch: () =>
        api.PATCH('/v1/helpdesk/customers/{customer_id}', {
          params: { path: { customer_id: ID } },
          body: customerChange,
        }),
      delete: () => api.DELETE('/v1/helpdesk/customers/{customer_id}', { params: { path: { customer_id: ID } } }),
    },
    '/v1/helpdesk/custom-fields': {
      get: () => api.GET('/v1/helpdesk/custom-fields'),
      post: () => api.POST('/v1/helpdesk/custom-fields', { body: newField }),
    },
    '/v1/helpdesk/custom-fields/{field_id}': {
      put: () =>
        api.PUT('/v1/helpdesk/custom-fields/{field_id}', { params: { path: { field_id: ID } }, body: fieldChange }),
      delete: () => api.DELETE('/v1/helpdesk/custom-fields/{field_id}', { params: { path: { field_id: ID } } }),
    },
    '/v1/helpdesk/tickets/{id}/reply': {
      post: () =>
        api.POST('/v1/helpdesk/tickets/{id}/reply', { params: { path: { id: ID }, header: idempotent }, body: reply }),
    },
    '/v1/helpdesk/tickets/{id}/customer-reply': {
      post: () =>
        api.POST('/v1/helpdesk/tickets/{id}/customer-reply', {
          params: { path: { id: ID }, header: idempotent },
          body: customerReply,
        }),
    },
    '/v1/helpdesk/tickets/{id}/status': {
      patch: () => api.PATCH('/v1/helpdesk/tickets/{id}/status', { params: { path: { id: ID } }, body: status }),
    },
    '/v1/helpdesk/tickets/{id}/assign': {
      patch: () => api.PATCH('/v1/helpdesk/tickets/{id}/assign', { params: { path: { id: ID } }, body: assign }),
    },
    '/v1/helpdesk/tickets/{id}/priority': {
      patch: () => api.PATCH('/v1/helpdesk/tickets/{id}/priority', { params: { path: { id: ID } }, body: priority }),
    },
    '/v1/helpdesk/canned-responses/{canned_id}/render': {
      post: () =>
        api.POST('/v1/helpdesk/canned-responses/{canned_id}/render', {
          params: { path: { canned_id: ID } },
          body: render,
        }),
    },
    '/v1/helpdesk/routing-rules': {
      get: () => api.GET('/v1/helpdesk/routing-rules'),
      post: () => api.POST('/v1/helpdesk/routing-rules', { body: rule }),
    },
    '/v1/helpdesk/routing-rules/{rule_id}': {
      put: () =>
        api.PUT('/v1/helpdesk/routing-rules/{rule_id}', { params: { path: { rule_id: ID } }, body: ruleChange }),
      delete: () => api.DELETE('/v1/helpdesk/routing-rules/{rule_id}', { params: { path: { rule_id: ID } } }),
    },
    '/v1/helpdesk/macros': {
      get: () => api.GET('/v1/helpdesk/macros'),
      post: () => api.POST('/v1/helpdesk/macros', { body: macro }),
    },
    '/v1/helpdesk/macros/{macro_id}': {
      put: () => api.PUT('/v1/helpdesk/macros/{macro_id}', { params: { path: { macro_id: ID } }, body: macroChange }),
      delete: () => api.DELETE('/v1/helpdesk/macros/{macro_id}', { params: { path: { macro_id: ID } } }),
    },
    '/v1/helpdesk/tickets/{id}/macros/{macro_id}': {
      post: () =>
        api.POST('/v1/helpdesk/tickets/{id}/macros/{macro_id}', {
          params: { path: { id: ID, macro_id: ID } },
          body: macroApply,
        }),
    },
    '/v1/helpdesk/canned-responses': {
      get: () => api.GET('/v1/helpdesk/canned-responses'),
      post: () => api.POST('/v1/helpdesk/canned-responses', { body: canned }),
    },
    '/v1/helpdesk/canned-responses/{canned_id}': {
      put: () =>
        api.PUT('/v1/helpdesk/canned-responses/{canned_id}', {
          params: { path: { canned_id: ID } },
          body: cannedChange,
        }),
      delete: () => api.DELETE('/v1/helpdesk/canned-responses/{canned_id}', { params: { path: { canned_id: ID } } }),
    },
    '/v1/helpdesk/tickets/{id}/csat': {
      post: () => api.POST('/v1/helpdesk/tickets/{id}/csat', { params: { path: { id: ID } }, body: rating }),
    },
    '/v1/helpdesk/sla': { get: () => api.GET('/v1/helpdesk/sla', { params: { query: slaQuery } }) },
    '/v1/helpdesk/reports': { get: () => api.GET('/v1/helpdesk/reports', { params: { query: reportQuery } }) },
    '/v1/helpdesk/reports.csv': {
      get: () => api.GET('/v1/helpdesk/reports.csv', { params: { query: reportQuery }, parseAs: 'text' }),
    },
    '/v1/webhook': {
      get: () => api.GET('/v1/webhook'),
      put: () => api.PUT('/v1/webhook', { body: webhook }),
      delete: () => api.DELETE('/v1/webhook'),
    },
    '/v1/webhook/deliveries': { get: () => api.GET('/v1/webhook/deliveries', { params: { query: deliveryQuery } }) },
    '/v1/credits': { get: () => api.GET('/v1/credits') },
    '/v1/webhook/deliveries/{id}/redeliver': {
      post: () => api.POST('/v1/webhook/deliveries/{id}/redeliver', { params: { path: { id: ID } } }),
    },
    ...teamChatCalls(api),
  };
}

/** The error body as a client sees it: `code` is a closed union it can switch on. */
export function describeError(error: Schemas['ErrorBody']): string {
  const code: Schemas['ErrorCode'] = error.code;
  const fields = Array.isArray(error.details) ? error.details.map((problem) => problem.field).join(', ') : '';
  return code === 'validation_failed' ? `invalid: ${fields}` : `${code}${error.retryable ? ' (retry later)' : ''}`;
}
