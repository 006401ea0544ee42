import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { setMailSender, type MailSender, type OutgoingMail } from '../../../app/email';

function multipart(name: string, filename: string, data: Buffer, contentType = 'image/png') {
  const boundary = `----mmts${Math.random().toString(36).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('system area behaviour', () => {
  let t: TestServer;
  let w: World;
  let admin: string;
  let member: string;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    admin = w.tokens.admin!;
    member = w.tokens.member!;
  });
  afterAll(() => t.close());
  afterEach(() => {
    const found = [...t.checker.violations];
    t.checker.violations.length = 0;
    expect(found).toEqual([]);
  });

  async function patchConfig(patch: Record<string, unknown>) {
    const res = await t.request('PUT', '/api/v4/config/patch', { token: admin, body: patch });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }

  async function rawRequest(method: string, path: string, token: string | undefined, body: Buffer, contentType: string) {
    const headers: Record<string, string> = { 'Content-Type': contentType };
    if (token) headers.Authorization = `Bearer ${token}`;
    const checked = t.checker.wrap((req) => t.running.app.fetch(req));
    const res = await checked(new Request(`http://localhost${path}`, { method, headers, body: new Uint8Array(body) }));
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed };
  }

  it('lists IANA time zones', async () => {
    const res = await t.request('GET', '/api/v4/system/timezones', { token: member });
    expect(res.status).toBe(200);
    expect(res.body).toContain('America/New_York');
    expect(res.body).toContain('Europe/Paris');
  });

  it('sets, reports and clears the server-busy flag, validating seconds', async () => {
    const before = await t.request('GET', '/api/v4/server_busy', { token: admin });
    expect(before.body.busy).toBe(false);
    const start = Math.floor(Date.now() / 1000);
    expect((await t.request('POST', '/api/v4/server_busy?seconds=600', { token: admin })).body).toEqual({ status: 'OK' });
    const busy = await t.request('GET', '/api/v4/server_busy', { token: admin });
    expect(busy.body.busy).toBe(true);
    expect(busy.body.expires).toBeGreaterThanOrEqual(start + 599);
    expect(busy.body.expires).toBeLessThanOrEqual(start + 602);
    expect(busy.body.expires_ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    for (const bad of ['0', '-5', '86401', 'abc']) {
      expectAppError(await t.request('POST', `/api/v4/server_busy?seconds=${bad}`, { token: admin }), 400, 'api.context.invalid_url_param.app_error');
    }
    expect((await t.request('POST', '/api/v4/server_busy', { token: admin })).status).toBe(200);
    expect((await t.request('DELETE', '/api/v4/server_busy', { token: admin })).status).toBe(200);
    const cleared = await t.request('GET', '/api/v4/server_busy', { token: admin });
    expect(cleared.body).toEqual({ busy: false, expires: -62135596800, expires_ts: '0001-01-01T00:00:00Z' });
  });

  it('sends a test mail to the caller through the posted or current SMTP settings', async () => {
    const sent: OutgoingMail[] = [];
    const passwords: string[] = [];
    let fail = false;
    const previous = setMailSender((async (cfg, mail) => {
      if (fail) throw new Error('connection refused');
      passwords.push((cfg as { EmailSettings: { SMTPPassword: string } }).EmailSettings.SMTPPassword);
      sent.push(mail);
    }) as MailSender);
    try {
      await t.request('PUT', '/api/v4/config/patch', { token: admin, body: { EmailSettings: { SMTPPassword: 'stored-secret' } } });
      const current = (await t.request('GET', '/api/v4/config', { token: admin })).body;
      expect(current.EmailSettings.SMTPPassword).not.toBe('stored-secret');
      expect((await t.request('POST', '/api/v4/email/test', { token: admin, body: current })).body).toEqual({ status: 'OK' });
      expect(sent.map((m) => m.to)).toEqual([w.users.admin.email]);
      // The masked password the config screen sends back stands for the stored one.
      expect(passwords).toEqual(['stored-secret']);
      const res = await t.request('POST', '/api/v4/email/test', { token: admin, body: { ...current, EmailSettings: { ...current.EmailSettings, SMTPServer: '' } } });
      expectAppError(res, 400, 'api.admin.test_email.missing_server');
      expectAppError(
        await t.request('POST', '/api/v4/email/test', { token: admin, body: { EmailSettings: { SMTPServer: 'mail' } } }),
        400,
        'api.file.test_connection_email_settings_nil.app_error',
      );
      fail = true;
      expectAppError(await t.request('POST', '/api/v4/email/test', { token: admin, body: current }), 500, 'app.admin.test_email.failure');
      expectAppError(await t.request('POST', '/api/v4/email/test', { token: member, body: current }), 403, 'api.context.permissions.app_error');
    } finally {
      setMailSender(previous);
    }
  });

  it('tests a site URL by pinging it', async () => {
    const base = await t.listen();
    expect((await t.request('POST', '/api/v4/site_url/test', { token: admin, body: { site_url: base } })).body).toEqual({ status: 'OK' });
    expectAppError(await t.request('POST', '/api/v4/site_url/test', { token: admin, body: { site_url: '' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(
      await t.request('POST', '/api/v4/site_url/test', { token: admin, body: { site_url: `${base}/nowhere` } }),
      400,
      'app.admin.test_site_url.failure',
    );
  });

  it('counts the standard analytics from our tables', async () => {
    const res = await t.request('GET', '/api/v4/analytics/old?name=standard', { token: admin });
    expect(res.status).toBe(200);
    const rows = Object.fromEntries((res.body as Array<{ name: string; value: number }>).map((r) => [r.name, r.value]));
    expect(Object.keys(rows)).toEqual([
      'channel_open_count', 'channel_private_count', 'post_count', 'unique_user_count', 'team_count',
      'total_websocket_connections', 'total_master_db_connections', 'total_read_db_connections',
      'daily_active_users', 'monthly_active_users', 'inactive_user_count',
    ]);
    expect(rows.team_count).toBe(2);
    expect(rows.unique_user_count).toBe(5);
    expect(rows.channel_private_count).toBe(1);
    expect(rows.channel_open_count).toBeGreaterThanOrEqual(5);
    const team = await t.request('GET', `/api/v4/analytics/old?team_id=${w.team.id}`, { token: admin });
    const teamRows = Object.fromEntries((team.body as Array<{ name: string; value: number }>).map((r) => [r.name, r.value]));
    expect(teamRows.unique_user_count).toBe(3);
    expect(teamRows.channel_open_count).toBe(3);
    expectAppError(await t.request('GET', '/api/v4/analytics/old?name=nonsense', { token: admin }), 400, 'api.context.invalid_body_param.app_error');
  });

  it('answers product notices and marks them viewed', async () => {
    const ok = await t.request('GET', `/api/v4/system/notices/${w.team.id}?client=web&clientVersion=10.0.0`, { token: member });
    expect(ok.body).toEqual([]);
    expectAppError(
      await t.request('GET', `/api/v4/system/notices/${w.team.id}?client=toaster&clientVersion=1`, { token: member }),
      400,
      'api.context.invalid_body_param.app_error',
    );
    expect((await t.request('PUT', '/api/v4/system/notices/view', { token: member, body: { id: 1 } })).status).toBe(400);
    expect((await t.request('PUT', '/api/v4/system/notices/view', { token: member, body: ['a', 'b'] })).body).toEqual({ status: 'OK' });
  });

  it('records the first-admin onboarding and marketplace visit', async () => {
    expect((await t.request('GET', '/api/v4/system/onboarding/complete', { token: admin })).body).toEqual({ name: 'FirstAdminSetupComplete', value: 'false' });
    expectAppError(
      await t.request('POST', '/api/v4/system/onboarding/complete', { token: admin, body: { organization: 5 } }),
      400,
      'app.system.complete_onboarding_request.app_error',
    );
    expect((await t.request('POST', '/api/v4/system/onboarding/complete', { token: admin, body: { organization: 'Org', install_plugins: [] } })).status).toBe(200);
    expect((await t.request('GET', '/api/v4/system/onboarding/complete', { token: admin })).body).toEqual({ name: 'FirstAdminSetupComplete', value: 'true' });
    expect((await t.request('GET', '/api/v4/plugins/marketplace/first_admin_visit', { token: admin })).body.value).toBe('false');
    await t.request('POST', '/api/v4/plugins/marketplace/first_admin_visit', { token: admin, body: { first_admin_visit_marketplace_status: true } });
    expect((await t.request('GET', '/api/v4/plugins/marketplace/first_admin_visit', { token: admin })).body).toEqual({
      name: 'FirstAdminVisitMarketplace',
      value: 'true',
    });
  });

  it('appends ancillary permissions', async () => {
    const get = await t.request('GET', '/api/v4/permissions/ancillary?subsection_permissions=sysconsole_write_site_customization,nothing', { token: member });
    expect(get.body).toEqual(['sysconsole_write_site_customization', 'nothing', 'edit_brand']);
    expectAppError(await t.request('GET', '/api/v4/permissions/ancillary', { token: member }), 400, 'api.context.invalid_url_param.app_error');
    const post = await t.request('POST', '/api/v4/permissions/ancillary', { token: member, body: ['sysconsole_write_environment_smtp'] });
    expect(post.body).toEqual(['sysconsole_write_environment_smtp', 'test_email']);
    expectAppError(await t.request('POST', '/api/v4/permissions/ancillary', { token: member, body: [] }), 400, 'api.payload.parse.error');
  });

  it('reports no plugins, and refuses every plugin call when plugins are disabled', async () => {
    expect((await t.request('GET', '/api/v4/plugins', { token: admin })).body).toEqual({ active: [], inactive: [] });
    expect((await t.request('GET', '/api/v4/plugins/webapp')).body).toEqual([]);
    expectAppError(await t.request('POST', '/api/v4/plugins/x/enable', { token: admin }), 400, 'api.context.invalid_url_param.app_error');
    await patchConfig({ PluginSettings: { Enable: false } });
    try {
      for (const [method, path] of [
        ['GET', '/api/v4/plugins'],
        ['GET', '/api/v4/plugins/statuses'],
        ['GET', '/api/v4/plugins/webapp'],
        ['DELETE', '/api/v4/plugins/com.example.x'],
        ['POST', '/api/v4/plugins/com.example.x/enable'],
        ['POST', '/api/v4/plugins/com.example.x/disable'],
      ]) {
        expectAppError(await t.request(method, path, { token: member }), 501, 'app.plugin.disabled.app_error');
      }
      expectAppError(await t.request('POST', '/api/v4/plugins', { token: admin }), 501, 'app.plugin.upload_disabled.app_error');
    } finally {
      await patchConfig({ PluginSettings: { Enable: true } });
    }
  });

  it('uploads, serves, replaces and deletes the brand image', async () => {
    expectAppError(await t.request('GET', '/api/v4/brand/image'), 404, 'api.admin.get_brand_image.not_found.app_error');
    const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#336699' } }).png().toBuffer();
    const jpeg = await sharp({ create: { width: 5, height: 5, channels: 3, background: '#993366' } }).jpeg().toBuffer();
    const noImage = multipart('file', 'x.png', png);
    expectAppError(await rawRequest('POST', '/api/v4/brand/image', admin, noImage.body, noImage.contentType), 400, 'api.admin.upload_brand_image.no_file.app_error');
    const form = multipart('image', 'brand.png', png);
    expectAppError(await rawRequest('POST', '/api/v4/brand/image', member, form.body, form.contentType), 403, 'api.context.permissions.app_error');
    const text = multipart('image', 'brand.png', Buffer.from('not an image'));
    expectAppError(await rawRequest('POST', '/api/v4/brand/image', admin, text.body, text.contentType), 400, 'brand.save_brand_image.check_image_limits.app_error');
    expectAppError(await rawRequest('POST', '/api/v4/brand/image', admin, Buffer.from('{}'), 'application/json'), 400, 'api.admin.upload_brand_image.parse.app_error');
    const created = await rawRequest('POST', '/api/v4/brand/image', admin, form.body, form.contentType);
    expect(created).toEqual({ status: 201, body: { status: 'OK' } });
    const fetchChecked = t.checker.wrap((req) => t.running.app.fetch(req));
    const served = await fetchChecked(new Request('http://localhost/api/v4/brand/image'));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 4, 3]);
    const replaced = multipart('image', 'brand.jpg', jpeg, 'image/jpeg');
    expect((await rawRequest('POST', '/api/v4/brand/image', admin, replaced.body, replaced.contentType)).status).toBe(201);
    const after = await fetchChecked(new Request('http://localhost/api/v4/brand/image'));
    expect((await sharp(Buffer.from(await after.arrayBuffer())).metadata()).width).toBe(5);
    const kept = await t.running.context.files.list('brand');
    expect(kept.length).toBe(2);
    expect((await t.request('DELETE', '/api/v4/brand/image', { token: admin })).body).toEqual({ status: 'OK' });
    expectAppError(await t.request('GET', '/api/v4/brand/image'), 404, 'api.admin.get_brand_image.not_found.app_error');
    expectAppError(await t.request('DELETE', '/api/v4/brand/image', { token: admin }), 404, 'api.admin.delete_brand_image.storage.not_found');
  });

  it('lists, downloads and deletes exports and imports in the data directories', async () => {
    const files = t.running.context.files;
    await files.write('export/one.zip', Buffer.from('zipdata'));
    await files.write('import/two.zip', Buffer.from('zz'));
    await files.write('import/three.zip.tmp', Buffer.from('partial'));
    expect((await t.request('GET', '/api/v4/exports', { token: admin })).body).toEqual(['one.zip']);
    expect((await t.request('GET', '/api/v4/imports', { token: admin })).body).toEqual(['two.zip']);
    const fetchChecked = t.checker.wrap((req) => t.running.app.fetch(req));
    const download = await fetchChecked(new Request('http://localhost/api/v4/exports/one.zip', { headers: { Authorization: `Bearer ${admin}` } }));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/zip');
    expect(await download.text()).toBe('zipdata');
    expect((await t.request('DELETE', '/api/v4/exports/one.zip', { token: admin })).status).toBe(200);
    expect((await t.request('GET', '/api/v4/exports', { token: admin })).body).toEqual([]);
    expect((await t.request('DELETE', '/api/v4/imports/two.zip', { token: admin })).status).toBe(200);
    expect((await t.request('GET', '/api/v4/imports', { token: admin })).body).toEqual([]);
    expect((await t.request('GET', '/api/v4/exports', { token: member })).body).not.toContain('one.zip');
  });

  it('validates job requests although no jobs are kept', async () => {
    expectAppError(await t.request('GET', '/api/v4/jobs/nope', { token: admin }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await t.request('GET', '/api/v4/jobs?job_type=bogus', { token: admin }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await t.request('GET', '/api/v4/jobs?status=bogus', { token: admin }), 400, 'api.job.status.invalid');
    expect((await t.request('GET', '/api/v4/jobs?job_type=migrations', { token: admin })).body).toEqual([]);
    expectAppError(await t.request('GET', '/api/v4/jobs/type/last_accessible_post', { token: admin }), 400, 'api.job.retrieve.nopermissions');
    expectAppError(await t.request('GET', '/api/v4/jobs/type/bogus', { token: admin }), 400, 'api.job.retrieve.nopermissions');
    expectAppError(
      await t.request('PATCH', '/api/v4/jobs/abcdefghijklmnopqrstuvwxyz/status', { token: admin, body: { force: true } }),
      400,
      'api.context.invalid_body_param.app_error',
    );
  });

  it('reports usage', async () => {
    expect((await t.request('GET', '/api/v4/usage/teams', { token: member })).body).toEqual({ active: 2, cloud_archived: 0 });
    expect((await t.request('GET', '/api/v4/usage/posts', { token: member })).body).toEqual({ count: expect.any(Number) });
    expect((await t.request('GET', '/api/v4/usage/storage', { token: member })).body).toEqual({ bytes: expect.any(Number) });
  });

  it('takes client log lines, anonymously only in developer mode', async () => {
    const long = 'x'.repeat(500);
    const res = await t.request('POST', '/api/v4/logs', { token: member, body: { level: 'ERROR', message: long } });
    expect(res.body.message).toBe(`Client Logs API Endpoint Message: ${'x'.repeat(399)}`);
    expect(res.body.level).toBe('ERROR');
    await patchConfig({ ServiceSettings: { EnableDeveloper: true } });
    try {
      expect((await t.request('POST', '/api/v4/logs', { body: { level: 'INFO', message: 'anon' } })).status).toBe(200);
    } finally {
      await patchConfig({ ServiceSettings: { EnableDeveloper: false } });
    }
  });

  it('writes its log as JSON lines to LogSettings.FileLocation, which GET /logs and POST /logs/query read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-serverlog-'));
    await patchConfig({ LogSettings: { EnableFile: true, FileLocation: dir } });
    try {
      await t.request('POST', '/api/v4/logs', { token: admin, body: { level: 'ERROR', message: 'boom' } });
      const wanted = 'Client Logs API Endpoint Message: boom';
      let lines: string[] = [];
      for (let i = 0; i < 50 && !lines.some((l) => l.includes(wanted)); i++) {
        await new Promise((r) => setTimeout(r, 20));
        lines = (await t.request('GET', '/api/v4/logs', { token: admin })).body as string[];
      }
      const entry = JSON.parse(lines.find((l) => l.includes(wanted))!);
      expect(entry).toMatchObject({ level: 'error', msg: wanted, type: 'client_message' });
      expect(entry.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} Z$/);
      const queried = await t.request('POST', '/api/v4/logs/query', { token: admin, body: { log_levels: ['error'] } });
      expect(queried.body.default.map((e: { msg: string }) => e.msg)).toContain(wanted);
      expect(readFileSync(join(dir, 'mattermost.log'), 'utf8')).toContain(wanted);
    } finally {
      await patchConfig({ LogSettings: { FileLocation: '' } });
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers [""] for server logs when file logging is off', async () => {
    await patchConfig({ LogSettings: { EnableFile: false } });
    try {
      expect((await t.request('GET', '/api/v4/logs', { token: admin })).body).toEqual(['']);
    } finally {
      await patchConfig({ LogSettings: { EnableFile: true } });
    }
  });

  it('refuses bookmarks on an unlicensed server whatever the channel', async () => {
    for (const [method, path, body] of [
      ['GET', `/api/v4/channels/${w.privateChannel.id}/bookmarks`, undefined],
      ['PATCH', `/api/v4/channels/${w.publicChannel.id}/bookmarks/abcdefghijklmnopqrstuvwxyz`, { display_name: 'y' }],
      ['DELETE', `/api/v4/channels/${w.publicChannel.id}/bookmarks/abcdefghijklmnopqrstuvwxyz`, undefined],
      ['POST', `/api/v4/channels/${w.publicChannel.id}/bookmarks/abcdefghijklmnopqrstuvwxyz/sort_order`, 1],
    ] as const) {
      expectAppError(await t.request(method, path, { token: w.tokens.outsider, body }), 501, 'api.channel.bookmark.channel_bookmark.license.error');
    }
  });
});
