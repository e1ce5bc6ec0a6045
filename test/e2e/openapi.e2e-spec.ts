import { readFileSync, writeFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';
import { useTestApp } from '../helpers/test-app.js';

const COMMITTED = 'openapi.json';

describe('OpenAPI document', () => {
  const ctx = useTestApp();
  let served: Record<string, any>;

  beforeAll(async () => {
    served = (await request(ctx.app.getHttpServer()).get('/openapi.json').expect(200)).body;
    // `npm run openapi` regenerates the committed copy through this test.
    if (process.env.UPDATE_OPENAPI === 'true') writeFileSync(COMMITTED, JSON.stringify(served, null, 2) + '\n');
  });

  it('is a valid OpenAPI 3 document', async () => {
    const api = await SwaggerParser.validate(structuredClone(served) as never);
    expect((api as { openapi: string }).openapi).toMatch(/^3\./);
  });

  it('matches the committed openapi.json (run `npm run openapi` after changing the API)', () => {
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(served);
  });

  it('describes a JSON (binary for a download, an event stream for /v1/events, CSV) body for every 2xx but 204', () => {
    const missing: string[] = [];
    const described = (response: any) =>
      response.content?.['application/json']?.schema ||
      response.content?.['text/event-stream']?.schema ||
      response.content?.['text/csv']?.schema ||
      response.content?.['application/octet-stream']?.schema?.format === 'binary';
    for (const [path, operations] of Object.entries<Record<string, any>>(served.paths)) {
      for (const [method, operation] of Object.entries<any>(operations)) {
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          if (/^2/.test(status) && status !== '204' && !described(response))
            missing.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes the reply as JSON or multipart/form-data with binary files, the attachment download as binary', () => {
    const reply = served.paths['/v1/helpdesk/tickets/{id}/reply'].post.requestBody.content;
    expect(reply['application/json'].schema).toEqual({ $ref: '#/components/schemas/ReplyDto' });
    expect(reply['multipart/form-data'].schema).toEqual({ $ref: '#/components/schemas/ReplyWithFilesDto' });
    expect(served.components.schemas.ReplyWithFilesDto.properties.files).toMatchObject({
      type: 'array',
      items: { type: 'string', format: 'binary' },
      maxItems: 10,
    });
    const download = served.paths['/v1/helpdesk/tickets/{id}/attachments/{attachment_id}'].get;
    expect(download.responses['200'].content['application/octet-stream'].schema).toEqual({
      type: 'string',
      format: 'binary',
    });
    expect(download.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['attachment_id', 'id']);
  });

  it('requires the bearer key or the session cookie on every /v1 operation but signing in', () => {
    const signingIn = ['/v1/auth/login', '/v1/auth/accept-invite', '/v1/auth/logout'];
    for (const [path, operations] of Object.entries<Record<string, any>>(served.paths)) {
      if (!path.startsWith('/v1/') || signingIn.includes(path)) continue;
      for (const operation of Object.values<any>(operations))
        expect(operation.security).toEqual([{ bearer: [] }, { session: [] }]);
    }
    expect(served.components.securitySchemes.session).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'zapnoty_session' }),
    );
    expect(served.paths['/v1/auth/login'].post.security ?? []).toEqual([]);
  });

  it('serves the interactive reference at /docs', async () => {
    const response = await request(ctx.app.getHttpServer()).get('/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger');
  });
});
