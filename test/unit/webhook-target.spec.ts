import { checkWebhookTarget, classifyAddress, isPublicAddress } from '../../src/webhooks/webhook-target.js';

describe('checkWebhookTarget', () => {
  const resolvingTo = (addresses: string[]) => async () => addresses;

  it('refuses non-http(s) and invalid URLs whatever the private setting', async () => {
    for (const allowPrivate of [true, false]) {
      expect(await checkWebhookTarget('ftp://example.com/', { allowPrivate })).toEqual(
        expect.objectContaining({ reason: 'not_http' }),
      );
      expect(await checkWebhookTarget('file:///etc/passwd', { allowPrivate })).toEqual(
        expect.objectContaining({ reason: 'not_http' }),
      );
      expect(await checkWebhookTarget('example.com/hook', { allowPrivate })).toEqual(
        expect.objectContaining({ reason: 'invalid_url' }),
      );
    }
  });

  it('refuses a name whose DNS answer contains any non-public address', async () => {
    const problem = { reason: 'private_address', message: expect.any(String) };
    expect(
      await checkWebhookTarget('https://rebind.example/', { allowPrivate: false, resolve: resolvingTo(['127.0.0.1']) }),
    ).toEqual(problem);
    expect(
      await checkWebhookTarget('https://meta.example/', {
        allowPrivate: false,
        resolve: resolvingTo(['169.254.169.254']),
      }),
    ).toEqual(problem);
    expect(
      await checkWebhookTarget('https://mixed.example/', {
        allowPrivate: false,
        resolve: resolvingTo(['93.184.216.34', '10.1.2.3']),
      }),
    ).toEqual(problem);
    expect(
      await checkWebhookTarget('https://v6.example/', { allowPrivate: false, resolve: resolvingTo(['::1']) }),
    ).toEqual(problem);
    expect(
      await checkWebhookTarget('https://public.example/', {
        allowPrivate: false,
        resolve: resolvingTo(['93.184.216.34', '2606:2800:220:1::1']),
      }),
    ).toBeNull();
  });

  it('accepts a name that does not resolve now (the connection-time check still applies)', async () => {
    const failing = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await checkWebhookTarget('https://nowhere.example/', { allowPrivate: false, resolve: failing })).toBeNull();
  });

  it('allows private targets when configured to', async () => {
    expect(
      await checkWebhookTarget('http://127.0.0.1:9/', { allowPrivate: true, resolve: resolvingTo(['127.0.0.1']) }),
    ).toBeNull();
    expect(await checkWebhookTarget('http://localhost/', { allowPrivate: true })).toBeNull();
  });
});

describe('isPublicAddress / classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.251', 'multicast'],
    ['198.18.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    // Site-local (deprecated but still routed by some stacks).
    ['fec0::1', 'deprecatedSiteLocal'],
    ['feff:ffff::1', 'deprecatedSiteLocal'],
    // IPv4-mapped and IPv4-translated (SIIT) forms, whatever the embedded address.
    ['::ffff:10.0.0.1', 'ipv4Mapped'],
    ['::ffff:7f00:1', 'ipv4Mapped'],
    ['::ffff:8.8.8.8', 'ipv4Mapped'],
    ['::ffff:0:127.0.0.1', 'rfc6145'],
    ['::ffff:0:a00:1', 'rfc6145'],
    // IPv4-compatible (::/96, deprecated): ::127.0.0.1 may reach loopback on some stacks.
    ['::127.0.0.1', 'ipv4Compatible'],
    ['::7f00:1', 'ipv4Compatible'],
    ['::a9fe:a9fe', 'ipv4Compatible'],
    ['::8.8.8.8', 'ipv4Compatible'],
    // NAT64: the well-known prefix and the local-use one (RFC 8215).
    ['64:ff9b::127.0.0.1', 'rfc6052'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['64:ff9b:1::a00:1', 'rfc6052'],
    // 6to4 and Teredo embed an IPv4 address (a private one here).
    ['2002:7f00:1::1', '6to4'],
    ['2002:c0a8:101::1', '6to4'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
    ['2001:db8::1', 'reserved'],
    ['3fff::1', 'reserved'],
    ['100::1', 'discard'],
    ['2001:2::1', 'benchmarking'],
    ['5f00::1', 'segmentRouting'],
    // Outside 2000::/3: not assigned for global unicast.
    ['4000::1', 'unassigned'],
    ['1::1', 'unassigned'],
    ['not-an-ip', 'invalid'],
    ['127.1', 'invalid'],
    ['0x7f000001', 'invalid'],
  ])('%s is not public (%s)', (address, range) => {
    expect(classifyAddress(address)).toBe(range);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
    '2001:4860:4860::8888',
  ])('%s is public', (address) => {
    expect(classifyAddress(address)).toBe('unicast');
    expect(isPublicAddress(address)).toBe(true);
  });

  it('refuses the new IPv6 ranges at save time too, as IP literals and as DNS answers', async () => {
    for (const address of [
      '::127.0.0.1',
      'fec0::1',
      '64:ff9b::a00:1',
      '64:ff9b:1::1',
      '::ffff:0:a00:1',
      '2002:a00:1::1',
    ]) {
      expect(await checkWebhookTarget(`http://[${address}]/hook`, { allowPrivate: false })).toEqual(
        expect.objectContaining({ reason: 'private_address' }),
      );
      expect(
        await checkWebhookTarget('https://name.example/', { allowPrivate: false, resolve: async () => [address] }),
      ).toEqual(expect.objectContaining({ reason: 'private_address' }));
    }
  });
});
