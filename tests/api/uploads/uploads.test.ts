import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { image, randomBytes, send, storedKeys, waitUntilAsync } from '../files/helpers';

const MB5 = 5 * 1024 * 1024;

describe('resumable uploads (/uploads)', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const json = (body: unknown) => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  const create = (token: string | undefined, body: Record<string, unknown>) => send(t, 'POST', '/api/v4/uploads', { token, ...json(body) });
  const put = (token: string | undefined, id: string, data: Uint8Array | FormData, headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' }) =>
    send(t, 'POST', `/api/v4/uploads/${id}`, { token, body: data instanceof FormData ? data : new Uint8Array(data), headers: data instanceof FormData ? {} : headers });

  it('creates a session, takes the data in chunks (first at least 5 MiB), and completes into a file info', async () => {
    const data = randomBytes(MB5 + 1000);
    const created = await create(w.tokens.member, { channel_id: w.publicChannel.id, filename: 'big.bin', file_size: data.length });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'attachment', user_id: w.users.member.id, channel_id: w.publicChannel.id, filename: 'big.bin', file_size: data.length, file_offset: 0 });
    const id = created.body.id;
    expect((await send(t, 'GET', `/api/v4/uploads/${id}`, { token: w.tokens.member })).body.file_offset).toBe(0);
    const tooSmall = await put(w.tokens.member, id, data.subarray(0, 1000));
    expectAppError(tooSmall, 400, 'app.upload.upload_data.first_part_too_small.app_error');
    expect((await send(t, 'GET', `/api/v4/uploads/${id}`, { token: w.tokens.member })).body.file_offset).toBe(0);

    expect((await put(w.tokens.member, id, data.subarray(0, MB5))).status).toBe(204);
    const mine = await send(t, 'GET', `/api/v4/users/me/uploads`, { token: w.tokens.member });
    expect(mine.body.find((u: any) => u.id === id).file_offset).toBe(MB5);
    const done = await put(w.tokens.member, id, data.subarray(MB5));
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ name: 'big.bin', size: data.length, user_id: w.users.member.id, channel_id: w.publicChannel.id, mime_type: 'application/octet-stream' });
    const dl = await send(t, 'GET', `/api/v4/files/${done.body.id}`, { token: w.tokens.member });
    expect(dl.bytes.equals(data)).toBe(true);
    expectAppError(await send(t, 'GET', `/api/v4/uploads/${id}`, { token: w.tokens.member }), 404, 'app.upload.get.app_error');
  });

  it('a small file in one multipart chunk, with image processing', async () => {
    const png = await image(200, 100);
    const created = await create(w.tokens.member, { channel_id: w.publicChannel.id, filename: 'pic.png', file_size: png.length });
    const form = new FormData();
    form.append('data', new Blob([new Uint8Array(png)]), 'pic.png');
    const done = await put(w.tokens.member, created.body.id, form);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ mime_type: 'image/png', width: 200, height: 100, has_preview_image: true });
    expect((await send(t, 'GET', `/api/v4/files/${done.body.id}/thumbnail`, { token: w.tokens.member })).status).toBe(200);
  });

  it('extra bytes past file_size are ignored; a raw Content-Length over what is left is refused', async () => {
    const created = await create(w.tokens.member, { channel_id: w.publicChannel.id, filename: 'a.txt', file_size: 5 });
    const over = await send(t, 'POST', `/api/v4/uploads/${created.body.id}`, {
      token: w.tokens.member,
      body: 'hello world',
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': '11' },
    });
    expectAppError(over, 400, 'api.upload.upload_data.invalid_content_length');
    const form = new FormData();
    form.append('data', new Blob(['hello world']), 'a.txt');
    const done = await put(w.tokens.member, created.body.id, form);
    expect(done.body.size).toBe(5);
    expect((await send(t, 'GET', `/api/v4/files/${done.body.id}`, { token: w.tokens.member })).bytes.toString()).toBe('hello');
  });

  it('validates sessions as Mattermost does', async () => {
    expectAppError(await create(w.tokens.member, { channel_id: w.publicChannel.id, filename: '', file_size: 10 }), 400, 'model.upload_session.is_valid.filename.app_error');
    expectAppError(await create(w.tokens.member, { channel_id: w.publicChannel.id, filename: 'a', file_size: 0 }), 400, 'model.upload_session.is_valid.file_size.app_error');
    expectAppError(await create(w.tokens.member, { channel_id: w.publicChannel.id, filename: 'a', file_size: 200 * 1024 * 1024 }), 413, 'api.upload.create.upload_too_large.app_error');
    expectAppError(await create(w.tokens.member, { type: 'import', filename: 'a.zip', file_size: 10 }), 403, 'api.context.permissions.app_error');
    const imp = await create(w.tokens.admin, { type: 'import', filename: 'a.zip', file_size: 10 });
    expect(imp.status).toBe(201);
    expect(imp.body.channel_id).toBeUndefined();
    expectAppError(await send(t, 'GET', '/api/v4/uploads/nope', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await send(t, 'GET', `/api/v4/uploads/${'a'.repeat(26)}`, { token: w.tokens.member }), 404, 'app.upload.get.app_error');
  });

  it('refuses when file attachments are disabled (501)', async () => {
    const config = t.running.context.config;
    const stored = config.storedConfig();
    await config.save({ ...stored, FileSettings: { ...stored.FileSettings, EnableFileAttachments: false } });
    try {
      expectAppError(await create(w.tokens.member, { channel_id: w.publicChannel.id, filename: 'a', file_size: 1 }), 501, 'api.file.attachments.disabled.app_error');
    } finally {
      await config.save(stored);
    }
  });
  it('a resumable upload survives a dropped connection: what arrived is kept and the client resumes from file_offset', async () => {
    const data = randomBytes(7 * 1024 * 1024);
    const created = await send(t, 'POST', '/api/v4/uploads', {
      token: w.tokens.member,
      body: JSON.stringify({ channel_id: w.publicChannel.id, filename: 'resume.bin', file_size: data.length }),
      headers: { 'Content-Type': 'application/json' },
    });
    const id = created.body.id;
    const sent = 6 * 1024 * 1024;
    const req = httpRequest(`${url}/api/v4/uploads/${id}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${w.tokens.member}`, 'Content-Type': 'application/octet-stream', 'Content-Length': String(data.length) },
    });
    req.on('error', () => {});
    await new Promise<void>((resolve) => req.write(data.subarray(0, sent), () => resolve()));
    const uploadPath = () => storedKeys(t).then((keys) => keys.find((k) => k.includes(`/${id}/resume.bin`)));
    await waitUntilAsync(async () => {
      const key = await uploadPath();
      return !!key && (await t.running.context.files.stat(key))!.size >= 5 * 1024 * 1024 + 1;
    }, 'the first part to be stored');
    req.destroy();
    let offset = 0;
    await waitUntilAsync(async () => {
      offset = (await send(t, 'GET', `/api/v4/uploads/${id}`, { token: w.tokens.member })).body.file_offset;
      return offset > 0;
    }, 'the offset to move');
    expect(offset).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(offset).toBeLessThanOrEqual(sent);
    const rest = await send(t, 'POST', `/api/v4/uploads/${id}`, {
      token: w.tokens.member,
      body: new Uint8Array(data.subarray(offset)),
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(rest.status).toBe(200);
    const back = await send(t, 'GET', `/api/v4/files/${rest.body.id}`, { token: w.tokens.member });
    expect(back.bytes.equals(data)).toBe(true);
  });
});
