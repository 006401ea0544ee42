import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { outboundRequest, OutboundRefused, isReservedIp } from '../../../app/integrations/outbound';
import { setConfig } from './config';
import { startReceiver, type Receiver } from './receiver';

/** Mattermost's untrusted-internal rule for requests to integrations, with no MM_* override in force. */
describe('outbound requests to integrations', () => {
  let t: TestServer;
  let rx: Receiver;
  beforeAll(async () => {
    t = await startTestServer();
    rx = await startReceiver();
    rx.answer = { body: { ok: true } };
  });
  afterAll(async () => {
    await rx.close();
    await t.close();
  });

  const call = (url = `${rx.url}/x`) => outboundRequest(t.running.context, url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });

  it('knows the reserved ranges', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) {
      expect(isReservedIp(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '1.1.1.1', '2606:4700::1111']) expect(isReservedIp(ip), ip).toBe(false);
  });

  it('refuses loopback unless the host or a range holding the address is listed', async () => {
    await setConfig(t, 'ServiceSettings', { AllowedUntrustedInternalConnections: '' });
    await expect(call()).rejects.toBeInstanceOf(OutboundRefused);
    await expect(call(rx.url.replace('127.0.0.1', 'localhost'))).rejects.toBeInstanceOf(OutboundRefused);

    await setConfig(t, 'ServiceSettings', { AllowedUntrustedInternalConnections: 'localhost' });
    await expect(call()).rejects.toBeInstanceOf(OutboundRefused);
    expect((await call(rx.url.replace('127.0.0.1', 'localhost'))).status).toBe(200);

    await setConfig(t, 'ServiceSettings', { AllowedUntrustedInternalConnections: '10.0.0.0/8 127.0.0.0/8' });
    expect((await call()).status).toBe(200);

    await setConfig(t, 'ServiceSettings', { AllowedUntrustedInternalConnections: '127.0.0.1' });
    const res = await call();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ ok: true });
    expect(rx.received.at(-1)?.headers['content-type']).toBe('application/json');
  });

  it('gives up after OutgoingIntegrationRequestsTimeout seconds', async () => {
    await setConfig(t, 'ServiceSettings', { AllowedUntrustedInternalConnections: '127.0.0.1', OutgoingIntegrationRequestsTimeout: 1 });
    rx.answer = { body: { late: true }, delayMs: 1500 };
    const started = Date.now();
    await expect(call()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1400);
    rx.answer = { body: { ok: true } };
    await setConfig(t, 'ServiceSettings', { OutgoingIntegrationRequestsTimeout: 30 });
  });

  it('refuses other schemes', async () => {
    await expect(call('file:///etc/passwd')).rejects.toBeInstanceOf(OutboundRefused);
  });
});
