import { readFileSync, writeFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../helpers/test-app.js';

const COMMITTED = 'openapi.json';

describe('OpenAPI document', () => {
  let app: NestExpressApplication;
  let served: Record<string, any>;

  beforeAll(async () => {
    app = await createTestApp();
    served = (await request(app.getHttpServer()).get('/openapi.json').expect(200)).body;
    // `npm run openapi` regenerates the committed copy through this test.
    if (process.env.UPDATE_OPENAPI === 'true') writeFileSync(COMMITTED, JSON.stringify(served, null, 2) + '\n');
  });
  afterAll(async () => {
    await app.close();
  });

  it('is a valid OpenAPI 3 document', async () => {
    const api = await SwaggerParser.validate(structuredClone(served) as never);
    expect((api as { openapi: string }).openapi).toMatch(/^3\./);
  });

  it('matches the committed openapi.json (run `npm run openapi` after changing the API)', () => {
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(served);
  });

  it('describes a JSON response body for every successful response except 204 and the event stream', () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, any>>(served.paths)) {
      for (const [method, operation] of Object.entries<any>(operations)) {
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          const body = response.content?.[path === '/v1/events' ? 'text/event-stream' : 'application/json']?.schema;
          if (/^2/.test(status) && status !== '204' && !body) missing.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('requires the bearer key or the session cookie on every /v1 operation but signing in', () => {
    const signingIn = ['/v1/auth/login', '/v1/auth/accept-invite', '/v1/auth/logout'];
    for (const [path, operations] of Object.entries<Record<string, any>>(served.paths)) {
      if (!path.startsWith('/v1/') || signingIn.includes(path)) continue;
      for (const operation of Object.values<any>(operations)) expect(operation.security).toEqual([{ bearer: [] }, { session: [] }]);
    }
    expect(served.components.securitySchemes.session).toEqual(expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'zapnoty_session' }));
    expect(served.paths['/v1/auth/login'].post.security).toBeUndefined();
  });

  it('serves the interactive reference at /docs', async () => {
    const response = await request(app.getHttpServer()).get('/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger');
  });
});
