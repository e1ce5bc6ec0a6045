import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FilteringHttpAgent } from '../../src/webhooks/webhook-filtering-agent.js';

/** The connect-time half of the SSRF check: a real loopback server that must never be reached. */
describe('FilteringHttpAgent', () => {
  let server: http.Server;
  let port: number;
  let hits = 0;
  beforeAll(async () => {
    server = http.createServer((_request, response) => {
      hits += 1;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '::', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  function get(url: string, agent: http.Agent): Promise<{ status: number | null; error: string | null }> {
    return new Promise((resolve) => {
      const outgoing = http.get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? null, error: null }));
      });
      outgoing.on('error', (error) => resolve({ status: null, error: error.message }));
    });
  }

  it('refuses loopback by IP literal (v4, v6, IPv4-mapped) and by name', async () => {
    const agent = new FilteringHttpAgent({ allowPrivate: false });
    for (const host of [
      '127.0.0.1',
      '[::1]',
      '[::ffff:127.0.0.1]',
      '[::127.0.0.1]',
      '[64:ff9b::7f00:1]',
      'localhost',
    ]) {
      const result = await get(`http://${host}:${port}/`, agent);
      expect(result).toEqual({ status: null, error: expect.stringMatching(/is not allowed: \w+ address/) });
    }
    expect(hits).toBe(0);
    agent.destroy();
  });

  it('connects to the same server when private targets are allowed', async () => {
    const agent = new FilteringHttpAgent({ allowPrivate: true });
    expect(await get(`http://127.0.0.1:${port}/`, agent)).toEqual({ status: 200, error: null });
    expect(await get(`http://localhost:${port}/`, agent)).toEqual({ status: 200, error: null });
    // The unspecified address is this machine: refused even then.
    expect((await get(`http://0.0.0.0:${port}/`, agent)).error).toMatch(/unspecified address/);
    expect(hits).toBe(2);
    agent.destroy();
  });
});
