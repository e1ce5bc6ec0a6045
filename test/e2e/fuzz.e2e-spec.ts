import { readFileSync } from 'node:fs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  BAD_PATH_VALUES,
  BAD_QUERY_VALUES,
  bodyVariants,
  EXOTIC_STRINGS,
  EXTREME_NUMBERS,
  type FuzzResponse,
  randomJson,
  RawHttp,
  seededRandom,
  WRONG_TYPES,
} from '../helpers/fuzz.js';
import { useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket, NO_SUCH_ID } from '../helpers/tickets.js';

/**
 * Walks every operation of the served OpenAPI document (plus POST /mcp) and sends malformed,
 * pathological and exotic input. Invariants: never a 5xx (nor a cut connection, except for an oversized
 * body), every refusal in the `{error, retryable, code}` shape, and a refused request changes nothing in
 * the project (a digest of its rows is compared before and after each one). Seeded: FUZZ_SEED replays a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
// Bounded to keep the suite's budget (~2,800 requests): every field gets a seeded sample of each class.
const RANDOM_BODIES_PER_OPERATION = 8;
const STRINGS_PER_FIELD = 6;
const NUMBERS_PER_FIELD = 3;

type Schema = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string; schema?: Schema }>;
  body?: Schema;
}

function resolveIn(doc: Schema, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return resolveIn(doc, doc.components.schemas[String(schema.$ref).split('/').pop()!]);
}

describe('fuzzing every operation of the OpenAPI document', () => {
  const ctx = useTestApp({ RATE_LIMIT_PER_MINUTE: '10000000' });
  const tenant = ctx.useProject('Fuzz target');
  let http: RawHttp;
  let database: DataSource;
  // The committed document (openapi.e2e-spec.ts checks it equals the served one) names the tests.
  const document: Schema = JSON.parse(readFileSync('openapi.json', 'utf8'));
  const operations = listOperations(document);
  const fixtures: Record<string, string> = {};

  beforeAll(async () => {
    http = await RawHttp.listen(ctx.app.getHttpServer());
    database = ctx.app.get(DataSource);
    const ticket = await createTicket(tenant.api, { subject: 'Stable ticket' });
    fixtures.ticket = ticket.id;
    fixtures.member = await addMember(tenant.api, 'Fuzz');
    fixtures.type = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Billing' }).expect(201)).body.id;
    fixtures.canned = (
      await tenant.api.post('/v1/helpdesk/canned-responses', { title: 'Hi', text: 'Hello {{first_name}}' }).expect(201)
    ).body.id;
    fixtures.rule = (
      await tenant.api
        .post('/v1/helpdesk/routing-rules', {
          name: 'VIP',
          condition: { subject_contains: 'vip' },
          action: { set_priority: 'high' },
        })
        .expect(201)
    ).body.id;
  });
  ctx.beforeClose(async () => {
    console.log(`fuzzer: ${http.sent} requests to ${operationsCovered} operations (seed ${SEED})`);
    http.close();
  });

  function resolve(schema: Schema | undefined): Schema | undefined {
    return resolveIn(document, schema);
  }

  function listOperations(doc: Schema): Operation[] {
    const resolve = (schema: Schema | undefined) => resolveIn(doc, schema);
    const found: Operation[] = [];
    for (const [path, item] of Object.entries<Schema>(doc.paths)) {
      // The event stream never ends by design (its bad Last-Event-ID values are tested in events.e2e).
      if (path === '/v1/events') continue;
      for (const [method, operation] of Object.entries<Schema>(item)) {
        found.push({
          method: method.toUpperCase(),
          path,
          parameters: operation.parameters ?? [],
          body: resolve(operation.requestBody?.content?.['application/json']?.schema),
        });
      }
    }
    found.push({
      method: 'POST',
      path: '/mcp',
      parameters: [],
      body: {
        type: 'object',
        properties: {
          jsonrpc: { type: 'string', example: '2.0' },
          id: { type: 'integer' },
          method: { type: 'string', example: 'tools/list' },
        },
      },
    });
    // Deletions last, so the fixtures stay for the other operations.
    return found.sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
  }

  function pathParamValue(path: string, name: string): string {
    if (name === 'type_id') return fixtures.type!;
    if (name === 'canned_id') return fixtures.canned!;
    if (name === 'rule_id') return fixtures.rule!;
    if (path.startsWith('/v1/team/members')) return fixtures.member!;
    if (path.startsWith('/v1/helpdesk/tickets')) return fixtures.ticket!;
    return NO_SUCH_ID;
  }

  function baseValue(name: string, schema: Schema | undefined): unknown {
    const resolved = resolve(schema) ?? {};
    if (resolved.example !== undefined) return resolved.example;
    if (resolved.enum) return resolved.enum[0];
    if (name === 'ticket_ids') return [fixtures.ticket];
    if (name === 'ticket_id') return fixtures.ticket;
    if (name === 'member_id' || name === 'assigned_to' || name === 'assign_to') return fixtures.member;
    if (name === 'ticket_type_id') return fixtures.type;
    if (name === 'canned_response_id') return fixtures.canned;
    if (name === 'url') return 'http://127.0.0.1:9/hook';
    if (name === 'email') return `fuzz-${Math.random().toString(36).slice(2)}@example.com`;
    const type = Array.isArray(resolved.type) ? resolved.type.find((item: string) => item !== 'null') : resolved.type;
    if (type === 'integer' || type === 'number') return resolved.minimum ?? 1;
    if (type === 'boolean') return false;
    if (type === 'array') return [];
    if (type === 'object' || resolved.properties) return baseBody(resolved);
    return 'fuzz';
  }

  function baseBody(schema: Schema | undefined): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    for (const [name, property] of Object.entries<Schema>(schema?.properties ?? {}))
      body[name] = baseValue(name, property);
    return body;
  }

  function concretePath(operation: Operation, override?: { name: string; value: string }): string {
    return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
      override?.name === name ? override.value : encodeURIComponent(pathParamValue(operation.path, name)),
    );
  }

  /** Everything of the project a request could change; counts for the outbox (its rows change as it delivers). */
  async function digest(): Promise<string> {
    const [row] = await database.query(
      `SELECT md5(concat_ws('|',
         (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM ticket t WHERE project_id = $1),
         (SELECT string_agg(m::text, ',' ORDER BY m.id) FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id
           WHERE t.project_id = $1),
         (SELECT string_agg(s::text, ',' ORDER BY s.id) FROM ticket_status_change s
           JOIN ticket t ON t.id = s.ticket_id WHERE t.project_id = $1),
         (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM ticket_type x WHERE project_id = $1),
         (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM canned_response x WHERE project_id = $1),
         (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM routing_rule x WHERE project_id = $1),
         (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM team_member x WHERE project_id = $1),
         (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM subscriber x WHERE project_id = $1),
         (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM csat_rating x WHERE project_id = $1),
         (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM helpdesk_request x WHERE project_id = $1),
         (SELECT x::text FROM helpdesk_settings x WHERE project_id = $1),
         (SELECT concat_ws(',', url, events::text, secret) FROM webhook WHERE project_id = $1),
         (SELECT x::text FROM project x WHERE id = $1),
         (SELECT count(*)::text FROM outbox_event WHERE project_id = $1)
       )) AS digest`,
      [tenant.project.id],
    );
    return row.digest;
  }

  const failures: string[] = [];
  let lastDigest: string | undefined;
  let operationsCovered = 0;

  function check(
    label: string,
    response: FuzzResponse,
    before: string,
    after: string,
    oversized = false,
    jsonRpc = false,
  ): void {
    const where = `${label} → ${response.status}`;
    if (response.reset) {
      if (!oversized) failures.push(`${where}: connection reset`);
      return;
    }
    if (response.status >= 500 || response.status === 0) {
      failures.push(`${where}: ${response.body.slice(0, 200)}`);
      return;
    }
    if (response.status < 400) return;
    let body: any;
    try {
      body = JSON.parse(response.body);
    } catch {
      failures.push(`${where}: not JSON: ${response.body.slice(0, 100)}`);
      return;
    }
    if (!/application\/json/.test(response.contentType))
      failures.push(`${where}: Content-Type ${response.contentType}`);
    // The MCP endpoint answers protocol errors as JSON-RPC error objects, as its clients expect.
    const jsonRpcError =
      jsonRpc &&
      body?.jsonrpc === '2.0' &&
      typeof body.error?.code === 'number' &&
      typeof body.error.message === 'string';
    if (
      !jsonRpcError &&
      (typeof body?.error !== 'string' ||
        typeof body.retryable !== 'boolean' ||
        typeof body.code !== 'string' ||
        !/^[a-z_]+$/.test(body.code))
    ) {
      failures.push(`${where}: not the error shape: ${response.body.slice(0, 200)}`);
    }
    if (before !== after) failures.push(`${where}: a refused request changed the project's data`);
  }

  async function fire(
    label: string,
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: Buffer | string,
    oversized = false,
  ): Promise<void> {
    const auth: Record<string, string> =
      path.startsWith('/v1/') || path === '/mcp'
        ? { Authorization: `Bearer ${tenant.apiKey}`, Accept: 'application/json, text/event-stream' }
        : {};
    const response = await http.send({ method, path, headers: { ...auth, ...headers }, body });
    // One digest per request: the state after the previous request is the state before this one.
    const before = lastDigest ?? (await digest());
    lastDigest = await digest();
    check(`${method} ${label}`, response, before, lastDigest, oversized, path === '/mcp');
  }

  const random = seededRandom(SEED);
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const picked: T[] = [];
    while (picked.length < count && pool.length > 0)
      picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    return picked;
  };
  const json = { 'Content-Type': 'application/json' };

  it.each(operations.map((operation) => [`${operation.method} ${operation.path}`, operation] as const))(
    '%s: never 5xx, always the error shape, a refusal changes nothing',
    async (_name, operation) => {
      failures.length = 0;
      {
        operationsCovered += 1;
        const path = concretePath(operation);
        const base = baseBody(operation.body);
        const takesBody = operation.body !== undefined || ['POST', 'PUT', 'PATCH'].includes(operation.method);

        if (takesBody) {
          for (const variant of bodyVariants(base))
            await fire(
              `${path} [${variant.label}]`,
              operation.method,
              path,
              variant.headers,
              variant.body,
              variant.oversized,
            );
          // Every field of the body gets every exotic string, extreme number and wrong type.
          for (const field of Object.keys(base)) {
            const values = [
              ...sample(EXOTIC_STRINGS, STRINGS_PER_FIELD).map((text) => JSON.stringify(text)),
              ...sample(EXTREME_NUMBERS, NUMBERS_PER_FIELD),
              ...sample(WRONG_TYPES, 2),
            ];
            for (const value of values) {
              const others = JSON.stringify({ ...base, [field]: undefined }).slice(1, -1);
              const text = `{${others}${others ? ',' : ''}${JSON.stringify(field)}:${value}}`;
              await fire(`${path} [${field}=${value.slice(0, 30)}]`, operation.method, path, json, text);
            }
          }
          for (let index = 0; index < RANDOM_BODIES_PER_OPERATION; index += 1) {
            const keys = Object.keys(base);
            const field =
              keys.length > 0 && random() < 0.8 ? keys[Math.floor(random() * keys.length)]! : `extra_${index}`;
            const others = JSON.stringify({ ...base, [field]: undefined }).slice(1, -1);
            const text = `{${others}${others ? ',' : ''}${JSON.stringify(field)}:${randomJson(random)}}`;
            await fire(`${path} [random ${field}]`, operation.method, path, json, text);
          }
        }

        // Bad path values, each path parameter in turn.
        for (const parameter of operation.parameters.filter((item) => item.in === 'path')) {
          for (const value of BAD_PATH_VALUES) {
            const badPath = concretePath(operation, { name: parameter.name, value });
            await fire(
              `${badPath.slice(0, 120)}`,
              operation.method,
              badPath,
              takesBody ? json : {},
              takesBody ? JSON.stringify(base) : undefined,
            );
          }
        }

        // Bad query values, each query parameter in turn, plus repeated and bracketed keys.
        for (const parameter of operation.parameters.filter((item) => item.in === 'query')) {
          for (const value of [...BAD_QUERY_VALUES, ...EXTREME_NUMBERS.map(encodeURIComponent)]) {
            await fire(
              `${path}?${parameter.name}=${value.slice(0, 30)}`,
              operation.method,
              `${path}?${parameter.name}=${value}`,
              {},
            );
          }
          await fire(
            `${path}?${parameter.name}=a&${parameter.name}=b`,
            operation.method,
            `${path}?${parameter.name}=a&${parameter.name}=b`,
            {},
          );
          await fire(
            `${path}?${parameter.name}[x]=a`,
            operation.method,
            `${path}?${parameter.name}%5Bx%5D=a&${parameter.name}[]=b`,
            {},
          );
        }
        await fire(
          `${path}?__proto__[x]=1`,
          operation.method,
          `${path}?__proto__=1&constructor=2&unknown=%00`,
          takesBody ? json : {},
          takesBody ? JSON.stringify(base) : undefined,
        );

        // Headers every route reads: the key and the idempotency key.
        if (path.startsWith('/v1/')) {
          for (const key of [
            '',
            'Bearer',
            `Bearer zn_live_${'\u0000'.repeat(0)}${'A'.repeat(32)}`,
            'Bearer zn_live_ä',
            `Basic ${'x'.repeat(8000)}`,
          ]) {
            const response = await http.send({ method: operation.method, path, headers: { Authorization: key } });
            check(`${operation.method} ${path} [Authorization ${key.slice(0, 20)}]`, response, '', '');
          }
        }
        if (operation.parameters.some((item) => item.name === 'Idempotency-Key')) {
          for (const key of ['', 'ä', 'x'.repeat(300), ' ', 'a\tb']) {
            await fire(
              `${path} [Idempotency-Key ${key.slice(0, 10)}]`,
              operation.method,
              path,
              { ...json, 'Idempotency-Key': key },
              JSON.stringify({ ...base, text: 12 }),
            );
          }
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it('walked every operation of the served document', async () => {
    const served = (await request(ctx.app.getHttpServer()).get('/openapi.json').expect(200)).body;
    expect(operations.map((operation) => `${operation.method} ${operation.path}`).sort()).toEqual(
      listOperations(served)
        .map((operation) => `${operation.method} ${operation.path}`)
        .sort(),
    );
    expect(operationsCovered).toBe(operations.length);
  });
});
