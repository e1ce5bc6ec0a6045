import { checkWebhookTarget, isPublicAddress } from '../../src/webhooks/webhook-target.js';

describe('checkWebhookTarget', () => {
  const resolvingTo = (addresses: string[]) => async () => addresses;

  it('refuses non-http(s) and invalid URLs whatever the private setting', async () => {
    for (const allowPrivate of [true, false]) {
      expect(await checkWebhookTarget('ftp://example.com/', { allowPrivate })).toEqual(expect.objectContaining({ reason: 'not_http' }));
      expect(await checkWebhookTarget('file:///etc/passwd', { allowPrivate })).toEqual(expect.objectContaining({ reason: 'not_http' }));
      expect(await checkWebhookTarget('example.com/hook', { allowPrivate })).toEqual(expect.objectContaining({ reason: 'invalid_url' }));
    }
  });

  it('refuses a name whose DNS answer contains any non-public address', async () => {
    const problem = { reason: 'private_address', message: expect.any(String) };
    expect(await checkWebhookTarget('https://rebind.example/', { allowPrivate: false, resolve: resolvingTo(['127.0.0.1']) })).toEqual(problem);
    expect(await checkWebhookTarget('https://meta.example/', { allowPrivate: false, resolve: resolvingTo(['169.254.169.254']) })).toEqual(problem);
    expect(await checkWebhookTarget('https://mixed.example/', { allowPrivate: false, resolve: resolvingTo(['93.184.216.34', '10.1.2.3']) })).toEqual(problem);
    expect(await checkWebhookTarget('https://v6.example/', { allowPrivate: false, resolve: resolvingTo(['::1']) })).toEqual(problem);
    expect(await checkWebhookTarget('https://public.example/', { allowPrivate: false, resolve: resolvingTo(['93.184.216.34', '2606:2800:220:1::1']) })).toBeNull();
  });

  it('accepts a name that does not resolve now (the connection-time check still applies)', async () => {
    const failing = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await checkWebhookTarget('https://nowhere.example/', { allowPrivate: false, resolve: failing })).toBeNull();
  });

  it('allows private targets when configured to', async () => {
    expect(await checkWebhookTarget('http://127.0.0.1:9/', { allowPrivate: true, resolve: resolvingTo(['127.0.0.1']) })).toBeNull();
    expect(await checkWebhookTarget('http://localhost/', { allowPrivate: true })).toBeNull();
  });
});

describe('isPublicAddress', () => {
  it.each(['127.0.0.1', '10.0.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.251', '::', '::1', 'fe80::1', 'fc00::1', 'ff02::1', '::ffff:10.0.0.1', '::ffff:7f00:1', 'not-an-ip'])(
    '%s is not public',
    (address) => expect(isPublicAddress(address)).toBe(false),
  );
  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => expect(isPublicAddress(address)).toBe(true));
});
