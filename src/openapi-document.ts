import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { describeMultipartReply } from './attachments/attachments.openapi.js';
import { SESSION_COOKIE } from './common/auth/session-cookie.js';
import { ErrorBody, FieldProblem } from './common/errors/error-body.js';
import { optionalDefaultsInRequests } from './common/openapi/request-defaults.js';
import { WEBHOOK_EVENT_SCHEMAS, webhookEventModels } from './webhooks/webhook-event-schemas.js';

/** Every tag an operation uses, with what it groups. A tag missing here still gets a generic line. */
const TAGS: Record<string, string> = {
  Health: 'Liveness of the server and its database (no auth).',
  Tickets: 'Support tickets: create, list and search, reply, status, assignment, priority, bulk actions, CSAT.',
  'Ticket types': 'The pick list of ticket types a customer chooses from in the bot.',
  'Canned responses': 'Saved reply texts with {{variables}}, rendered per ticket.',
  'Routing rules': 'Rules applied to every new ticket: assign, set priority, add a tag.',
  'Helpdesk settings': 'Per-project helpdesk switches, messages, SLA thresholds and CSAT.',
  'Helpdesk requests': 'Deep links that let a messenger customer open a ticket after consent.',
  Team: 'Team members (agents) of the project and their roles.',
  Webhook:
    'One webhook per project: signed `{event, timestamp, data}` POSTs, retried, with a delivery log. ' +
    `Payload schemas per event: ${Object.keys(WEBHOOK_EVENT_SCHEMAS).join(', ')}.`,
  'Messenger webhooks': 'Updates pushed by the Telegram (and Max) Bot API to this server.',
};

export const SESSION_SECURITY_SCHEME = 'session';

const ERROR_STATUSES = /^(4|5)\d\d$/;

/**
 * The OpenAPI document served at /openapi.json and committed as openapi.json. Nest's generator gives
 * the paths and DTO schemas; what it cannot derive (headers every response carries, webhook payloads,
 * tags and servers) is added here, in one place.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Zapnoty Helpdesk API')
    .setDescription(
      'Support tickets from Telegram and Max chats. Every /v1 request needs `Authorization: Bearer zn_live_...` ' +
        '(the project key, owner level) or the session cookie of a signed-in member (`zapnoty_session`, ' +
        'from POST /v1/auth/login; role-limited, changes need a same-origin Origin). ' +
        'Request bodies are `application/json` (415 otherwise). ' +
        'Errors are `{ "error": string, "retryable": boolean, "code": string }`; ' +
        'branch on `code` (see the ErrorBody schema for the list).',
    )
    .setVersion('1.0.0')
    .addServer('http://localhost:3000', 'A local install (npm start; PORT defaults to 3000)')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'zn_live_<32 letters and digits>' })
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        description:
          'A member session from POST /v1/auth/login. Allowed actions depend on the role; ' +
          'a request that changes something must send an Origin of this server (CSRF).',
      },
      SESSION_SECURITY_SCHEME,
    );
  const document = SwaggerModule.createDocument(app, builder.build(), {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
    extraModels: [ErrorBody, FieldProblem, ...webhookEventModels()],
  });
  describeMultipartReply(document);
  addSessionSecurity(document);
  addTags(document);
  addResponseHeaders(document);
  addWebhookCallbacks(document);
  markUnauthenticated(document);
  optionalDefaultsInRequests(document);
  return document;
}

/** Every operation the key opens, a session opens too (within the role's permissions): one place says so. */
function addSessionSecurity(document: OpenAPIObject): void {
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as Array<{ security?: Array<Record<string, string[]>> }>) {
      if (!operation?.security?.some((requirement) => 'bearer' in requirement)) continue;
      if (!operation.security.some((requirement) => SESSION_SECURITY_SCHEME in requirement)) {
        operation.security.push({ [SESSION_SECURITY_SCHEME]: [] });
      }
    }
  }
}

function addTags(document: OpenAPIObject): void {
  const used = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      for (const tag of (operation as { tags?: string[] })?.tags ?? []) used.add(tag);
    }
  }
  document.tags = [...used]
    .sort()
    .map((name) => ({ name, description: TAGS[name] ?? `Operations on ${name.toLowerCase()}.` }));
}

/** Operations that take no bearer key (health, messenger webhooks) say so explicitly. */
function markUnauthenticated(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<{ responses?: unknown; security?: unknown[] }>) {
      if (operation?.responses && operation.security === undefined) operation.security = [];
    }
  }
}

/** The events POSTed to the URL registered with PUT /v1/webhook, as an OpenAPI 3.0 callback. */
function addWebhookCallbacks(document: OpenAPIObject): void {
  const put = document.paths['/v1/webhook']?.put;
  if (!put) return;
  const names = Object.values(WEBHOOK_EVENT_SCHEMAS).map((model) => model.name);
  const signed = (name: string, description: string) => ({
    name,
    in: 'header' as const,
    required: true,
    description,
    schema: { type: 'string' },
  });
  put.callbacks = {
    ticketEvent: {
      '{$request.body#/url}': {
        post: {
          summary: 'A ticket event delivered to the webhook',
          description:
            'At-least-once delivery of `{event, timestamp, data}` (compact JSON). Any 2xx acknowledges it; ' +
            'other answers are retried after 1 s, 2 s and 4 s (4xx other than 408 and 429 are not); ' +
            '410 disables the webhook.',
          operationId: 'Webhook_deliverEvent',
          security: [],
          parameters: [
            signed('X-Zapnoty-Signature', 'Hex HMAC-SHA256 of the raw body with the webhook secret'),
            signed('X-Zapnoty-Event', 'The event name, as in the body'),
            signed('X-Zapnoty-Delivery', 'Unique event id, the same on every retry'),
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  oneOf: names.map((name) => ({ $ref: `#/components/schemas/${name}` })),
                  discriminator: {
                    propertyName: 'event',
                    mapping: Object.fromEntries(
                      Object.entries(WEBHOOK_EVENT_SCHEMAS).map(([event, model]) => [
                        event,
                        `#/components/schemas/${model.name}`,
                      ]),
                    ),
                  },
                },
              },
            },
          },
          responses: {
            '200': { description: 'Any 2xx acknowledges the delivery' },
            '410': { description: 'Gone: the webhook is disabled' },
          },
        },
      },
    },
  };
}

function addResponseHeaders(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.headers = {
    'X-Request-Id': {
      description:
        'The id of this request (the caller’s own X-Request-Id when it is sane, else a new UUID); logged with it',
      schema: { type: 'string' },
    },
    'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } },
    'Idempotent-Replayed': {
      description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key',
      schema: { type: 'string', enum: ['true'] },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<{
      parameters?: Array<{ name?: string }>;
      responses?: Record<string, Record<string, any>>;
    }>) {
      if (!operation?.responses) continue;
      const idempotent = (operation.parameters ?? []).some((parameter) => parameter.name === 'Idempotency-Key');
      for (const [status, response] of Object.entries(operation.responses)) {
        const headers: Record<string, unknown> = {
          ...(response.headers ?? {}),
          'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
        };
        if (status === '429' || status === '409') headers['Retry-After'] = { $ref: '#/components/headers/Retry-After' };
        if (idempotent && !ERROR_STATUSES.test(status))
          headers['Idempotent-Replayed'] = { $ref: '#/components/headers/Idempotent-Replayed' };
        response.headers = headers;
      }
    }
  }
}
