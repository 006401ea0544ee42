import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';

function multipart(name: string, data: Buffer) {
  const boundary = `----mmts${Math.random().toString(36).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="mattermost.mattermost-license"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('system operations: behaviour', () => {
  let t: TestServer;
  let w: World;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer({ env: { MM_TEAMSETTINGS_ENABLEOPENSERVER: 'true', MM_SERVICESETTINGS_ENABLEDEVELOPER: 'false' } });
    w = await buildWorld(t);
    admin = w.tokens.admin!;
  });
  afterAll(() => t.close());
  afterEach(() => {
    const found = [...t.checker.violations];
    t.checker.violations.length = 0;
    expect(found).toEqual([]);
  });

  const patch = async (body: Record<string, unknown>) => {
    const res = await t.request('PUT', '/api/v4/config/patch', { token: admin, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  const raw = async (method: string, path: string, token: string, body: Buffer, contentType: string) => {
    const fetch = t.checker.wrap((req) => t.running.app.fetch(req));
    const res = await fetch(new Request(`http://localhost${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType }, body: new Uint8Array(body) }));
    return { status: res.status, body: await res.json() };
  };

  it('lists the settings the environment fixes, to those who may read the configuration', async () => {
    const res = await t.request('GET', '/api/v4/config/environment', { token: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache, no-store, must-revalidate');
    expect(res.body).toEqual({ TeamSettings: { EnableOpenServer: true }, ServiceSettings: { EnableDeveloper: true } });
    const member = await t.request('GET', '/api/v4/config/environment', { token: w.tokens.member });
    expect(member.body).toEqual({});
  });

  it('lists the applied schema migrations, newest first', async () => {
    const res = await t.request('GET', '/api/v4/system/schema/version', { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(3);
    expect(res.body[res.body.length - 1]).toEqual({ version: 0, name: '0000_init' });
    expect(res.body.map((m: any) => m.name)).toContain('0008_jobs');
    const versions = res.body.map((m: any) => m.version);
    expect([...versions].sort((a: number, b: number) => b - a)).toEqual(versions);
  });

  it('queries the JSON log file by level, time and page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-logs-'));
    const lines = [
      { timestamp: '2026-01-01 10:00:00.000 Z', level: 'info', msg: 'one' },
      { timestamp: '2026-01-02 10:00:00.000 Z', level: 'error', msg: 'two' },
      'not json',
      { timestamp: '2026-01-03 10:00:00.000 Z', level: 'error', msg: 'three' },
    ];
    writeFileSync(join(dir, 'mattermost.log'), lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
    await patch({ LogSettings: { EnableFile: true, FileLocation: dir } });
    const all = await t.request('POST', '/api/v4/logs/query', { token: admin, body: {} });
    expect(all.status).toBe(200);
    expect(all.body.default.map((e: any) => e.msg)).toEqual(['one', 'two', 'three']);
    const errors = await t.request('POST', '/api/v4/logs/query?logs_per_page=1', { token: admin, body: { log_levels: ['ERROR'] } });
    expect(errors.body.default.map((e: any) => e.msg)).toEqual(['three']);
    const page1 = await t.request('POST', '/api/v4/logs/query?logs_per_page=1&page=1', { token: admin, body: { log_levels: ['error'] } });
    expect(page1.body.default.map((e: any) => e.msg)).toEqual(['two']);
    const since = await t.request('POST', '/api/v4/logs/query', { token: admin, body: { date_from: '2026-01-02 00:00:00.000 Z' } });
    expect(since.body.default.map((e: any) => e.msg)).toEqual(['two', 'three']);
    const otherNode = await t.request('POST', '/api/v4/logs/query', { token: admin, body: { server_names: ['node-2'] } });
    expect(otherNode.body).toEqual({});
    const bad = await t.request('POST', '/api/v4/logs/query', { token: admin, body: { log_levels: 'error' } });
    expect(bad.status).toBe(400);
    expect(bad.body.id).toBe('api.system.logs.invalidFilter');
    await patch({ LogSettings: { EnableFile: false } });
    expect((await t.request('POST', '/api/v4/logs/query', { token: admin, body: {} })).body).toEqual({});
  });

  it('sends a test notification as a direct message from the system bot', async () => {
    const res = await t.request('POST', '/api/v4/notifications/test', { token: w.tokens.member });
    expect(res.status).toBe(200);
    const channels = await t.request('GET', '/api/v4/users/me/channels', { token: w.tokens.member });
    const dm = channels.body.find((c: any) => c.type === 'D');
    expect(dm).toBeDefined();
    const posts = await t.request('GET', `/api/v4/channels/${dm.id}/posts`, { token: w.tokens.member });
    const messages = Object.values(posts.body.posts) as any[];
    expect(messages.some((p) => p.message.includes('test notification') && p.user_id !== w.users.member.id)).toBe(true);
  });

  it('refuses every licence file, after reading the form as Mattermost does', async () => {
    const file = multipart('license', Buffer.from('bm90IGEgbGljZW5jZQ=='));
    for (const path of ['/api/v4/license', '/api/v4/license/preview']) {
      const res = await raw('POST', path, admin, file.body, file.contentType);
      expect(res.status, path).toBe(400);
      expect(res.body.id).toBe('api.license.add_license.invalid.app_error');
      const wrongField = multipart('file', Buffer.from('x'));
      const none = await raw('POST', path, admin, wrongField.body, wrongField.contentType);
      expect(none.body.id).toBe('api.license.add_license.no_file.app_error');
      const member = await raw('POST', path, w.tokens.member!, file.body, file.contentType);
      expect(member.status).toBe(403);
    }
    const client = await t.request('GET', '/api/v4/license/client?format=old', { token: admin });
    expect(client.body.IsLicensed).toBe('false');
  });

  it('tests posted file settings: local directories, S3 requirements, permissions', async () => {
    const current = (await t.request('GET', '/api/v4/config', { token: admin })).body.FileSettings;
    const dir = mkdtempSync(join(tmpdir(), 'mm-store-'));
    const local = await t.request('POST', '/api/v4/file/test', { token: admin, body: { FileSettings: { ...current, Directory: dir } } });
    expect(local.status).toBe(200);
    const member = await t.request('POST', '/api/v4/file/s3_test', { token: w.tokens.member, body: { FileSettings: current } });
    expect(member.status).toBe(403);
    const noBucket = await t.request('POST', '/api/v4/file/s3_test', { token: admin, body: { FileSettings: { ...current, DriverName: 'amazons3', AmazonS3Bucket: '' } } });
    expect(noBucket.status).toBe(400);
    expect(noBucket.body.id).toBe('api.admin.test_s3.missing_s3_bucket');
    const noDriver = await t.request('POST', '/api/v4/file/test', { token: admin, body: { FileSettings: { ...current, DriverName: 'floppy' } } });
    expect(noDriver.body.id).toBe('api.file.no_driver.app_error');
    const s3Down = await t.request('POST', '/api/v4/file/s3_test', {
      token: admin,
      body: { FileSettings: { ...current, DriverName: 'amazons3', AmazonS3Bucket: 'b', AmazonS3Endpoint: '127.0.0.1:1', AmazonS3SSL: false, AmazonS3AccessKeyId: 'k', AmazonS3SecretAccessKey: 's' } },
    });
    expect(s3Down.status).toBe(500);
    expect(s3Down.body.id).toBe('api.file.test_connection.app_error');
  });

  it('forwards push acks only when push notifications can be sent', async () => {
    const bad = await t.request('POST', '/api/v4/notifications/ack', { token: w.tokens.member, body: { id: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.id).toBe('api.push_notifications_ack.message.parse.app_error');
    await patch({ EmailSettings: { PushNotificationServer: 'http://127.0.0.1:1' } });
    const down = await t.request('POST', '/api/v4/notifications/ack', { token: w.tokens.member, body: { id: 'a', platform: 'ios', type: 'message' } });
    expect(down.status).toBe(502);
    expect(down.body.id).toBe('api.push_notifications_ack.forward.app_error');
    await patch({ EmailSettings: { SendPushNotifications: false } });
    const off = await t.request('POST', '/api/v4/notifications/ack', { token: w.tokens.member, body: { id: 'a' } });
    expect(off.status).toBe(501);
  });

  it('refuses licence and log operations to a restricted system admin', async () => {
    await patch({ ExperimentalSettings: { RestrictSystemAdmin: true } });
    const res = await t.request('POST', '/api/v4/logs/query', { token: admin, body: {} });
    expect(res.status).toBe(403);
    await patch({ ExperimentalSettings: { RestrictSystemAdmin: false } });
  });
});
