import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { WebhookHttpClient } from '../../src/webhooks/webhook-http-client.js';
import { useTestApp } from '../helpers/test-app.js';
import { useWebhookReceiver } from '../helpers/webhook-receiver.js';

// This file runs with the production default: private targets refused. Workers stay off so this app never
// picks up (and blocks) events other test files deliver to their 127.0.0.1 receivers.
describe('webhook private-address protection (WEBHOOK_ALLOW_PRIVATE=false)', () => {
  const ctx = useTestApp({ WEBHOOK_ALLOW_PRIVATE: 'false', WORKERS_ENABLED: 'false' });
  const receiver = useWebhookReceiver();

  it.each([
    'http://127.0.0.1/hook',
    'http://127.1.2.3:8080/hook',
    'http://10.0.0.1/hook',
    'http://172.16.5.4/hook',
    'http://192.168.1.1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://0.0.0.0/hook',
    'http://224.0.0.1/hook',
    'http://[::1]/hook',
    'http://[::]/hook',
    'http://[fe80::1]/hook',
    'http://[fd00::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::7f00:1]/hook',
    'http://[fec0::1]/hook',
    'http://[64:ff9b::a00:1]/hook',
    'http://[64:ff9b:1::a00:1]/hook',
    'http://[::ffff:0:a00:1]/hook',
    'http://[2002:a00:1::1]/hook',
    'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook',
    'http://localhost/hook',
    'http://LOCALHOST.:3000/hook',
    'http://api.localhost/hook',
  ])('refuses %s with 422', async (url) => {
    const { api } = await ctx.project();
    const response = await api.put('/v1/webhook', { url }).expect(422);
    expect(response.body).toEqual(
      expect.objectContaining({ error: expect.stringContaining('private'), retryable: false }),
    );
    await api.get('/v1/webhook').expect(404);
  });

  it('refuses a host name that resolves to a loopback address', async () => {
    // This machine's own name resolves to loopback through /etc/hosts (checked first, so the test cannot pass
    // vacuously).
    const name = hostname();
    const addresses = (await lookup(name, { all: true })).map((entry) => entry.address);
    expect(addresses.some((address) => address.startsWith('127.') || address === '::1')).toBe(true);
    const { api } = await ctx.project();
    await api.put('/v1/webhook', { url: `http://${name}/hook` }).expect(422);
  });

  it('accepts public addresses', async () => {
    const { api } = await ctx.project();
    await api.put('/v1/webhook', { url: 'https://93.184.216.34/hook' }).expect(200);
    await api.put('/v1/webhook', { url: 'http://[2606:2800:220:1:248:1893:25c8:1946]/hook' }).expect(200);
  });

  it('checks the address actually connected to at delivery time', async () => {
    const client = ctx.app.get(WebhookHttpClient);
    for (const url of [
      receiver.url,
      `http://localhost:${receiver.port}/hook`,
      `http://${hostname()}:${receiver.port}/hook`,
      `http://[::ffff:127.0.0.1]:${receiver.port}/hook`,
    ]) {
      const result = await client.send({ url, body: '{}', headers: { 'Content-Type': 'application/json' } });
      expect(result).toEqual(
        expect.objectContaining({ statusCode: null, error: expect.stringMatching(/^blocked: .*not allowed/) }),
      );
    }
    expect(receiver.received).toHaveLength(0);
  });
});
