import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { deleteFilesForPost } from '../../../db/queries/files';
import { posts } from '../../../db/schema';
import { eq } from 'drizzle-orm';
import { attach, fileRow, image, randomBytes, send, storedKeys, uploadMultipart, uploadRaw } from './helpers';

describe('files: uploads, file infos, downloads, thumbnails, previews, links', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const config = () => t.running.context.config;
  async function setFileSettings(patch: Record<string, unknown>) {
    const stored = config().storedConfig();
    await config().save({ ...stored, FileSettings: { ...stored.FileSettings, ...patch } });
  }

  it('uploads a multipart form: FileInfo fields, client ids echoed, type from content', async () => {
    const png = await image(300, 200);
    const res = await uploadMultipart(t, w.tokens.member, w.publicChannel.id, [{ name: 'photo.png', data: png }], ['client-1']);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.client_ids).toEqual(['client-1']);
    const [info] = res.body.file_infos;
    expect(info).toMatchObject({
      user_id: w.users.member.id,
      channel_id: w.publicChannel.id,
      name: 'photo.png',
      extension: 'png',
      size: png.length,
      mime_type: 'image/png',
      width: 300,
      height: 200,
      has_preview_image: true,
      delete_at: 0,
      archived: false,
    });
    expect(info.id).toMatch(/^[a-z0-9]{26}$/);
    expect(info.post_id).toBeUndefined();
    expect(typeof info.mini_preview).toBe('string');
    const mini = await sharp(Buffer.from(info.mini_preview, 'base64')).metadata();
    expect([mini.format, mini.width, mini.height]).toEqual(['jpeg', 16, 16]);
  });

  it('uploads a raw body with channel_id and filename in the query', async () => {
    const res = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'notes.txt', 'hello raw world', '&client_id=raw-1');
    expect(res.status).toBe(201);
    expect(res.body.client_ids).toEqual(['raw-1']);
    expect(res.body.file_infos[0]).toMatchObject({ name: 'notes.txt', extension: 'txt', size: 15, mime_type: 'text/plain' });
    expect(res.body.file_infos[0].width).toBeUndefined();
    const row = await fileRow(t, res.body.file_infos[0].id);
    expect(row?.content).toBe('hello raw world');
  });

  it('detects the type from the bytes, not from the name the client gives', async () => {
    const png = await image(10, 10);
    const disguised = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'innocent.txt', png);
    expect(disguised.body.file_infos[0]).toMatchObject({ mime_type: 'image/png', extension: 'txt', width: 10, height: 10 });
    const fake = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'fake.png', '<html><script>alert(1)</script></html>');
    expect(fake.body.file_infos[0]).toMatchObject({ mime_type: 'text/plain', extension: 'png' });
    expect(fake.body.file_infos[0].has_preview_image).toBeUndefined();
    const pdf = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'doc.bin', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'));
    expect(pdf.body.file_infos[0].mime_type).toBe('application/pdf');
    const bin = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'blob.dat', randomBytes(5000));
    expect(bin.body.file_infos[0].mime_type).toBe('application/octet-stream');
  });

  it('thumbnails fit 120 wide (landscape) or 100 high, previews are at most 1920 wide, as Mattermost sizes them', async () => {
    const cases: Array<[number, number, number, number, number, number]> = [
      // width, height -> thumb w, thumb h, preview w, preview h
      [300, 200, 120, 80, 300, 200],
      [200, 400, 50, 100, 200, 400],
      [2400, 1200, 120, 60, 1920, 960],
    ];
    for (const [width, height, tw, th, pw, ph] of cases) {
      const jpg = await image(width, height, 'jpeg');
      const up = await uploadRaw(t, w.tokens.member, w.publicChannel.id, `img-${width}.jpg`, jpg);
      const id = up.body.file_infos[0].id;
      const thumb = await send(t, 'GET', `/api/v4/files/${id}/thumbnail`, { token: w.tokens.member });
      expect(thumb.status).toBe(200);
      expect(thumb.headers.get('content-type')).toBe('image/jpeg');
      const tm = await sharp(thumb.bytes).metadata();
      expect([tm.format, tm.width, tm.height]).toEqual(['jpeg', tw, th]);
      const preview = await send(t, 'GET', `/api/v4/files/${id}/preview`, { token: w.tokens.member });
      const pm = await sharp(preview.bytes).metadata();
      expect([pm.width, pm.height]).toEqual([pw, ph]);
    }
  });

  it('GIFs have no preview image flag; SVGs give their size and no thumbnail; non-images have neither', async () => {
    const gif = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'anim.gif', await image(40, 30, 'gif'));
    expect(gif.body.file_infos[0]).toMatchObject({ mime_type: 'image/gif', width: 40, height: 30 });
    expect(gif.body.file_infos[0].has_preview_image).toBeUndefined();
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="64" height="48"><rect width="64" height="48"/></svg>';
    const up = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'shape.svg', svg);
    expect(up.body.file_infos[0]).toMatchObject({ mime_type: 'image/svg+xml', width: 64, height: 48 });
    const thumb = await send(t, 'GET', `/api/v4/files/${up.body.file_infos[0].id}/thumbnail`, { token: w.tokens.member });
    expectAppError(thumb, 400, 'api.file.get_file_thumbnail.no_thumbnail.app_error');
    const txt = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'a.txt', 'text');
    const preview = await send(t, 'GET', `/api/v4/files/${txt.body.file_infos[0].id}/preview`, { token: w.tokens.member });
    expectAppError(preview, 400, 'api.file.get_file_preview.no_preview.app_error');
  });

  it('applies EXIF orientation: a rotated photo reports its upright size', async () => {
    const rotated = await sharp({ create: { width: 80, height: 40, channels: 3, background: '#884422' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const up = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'rotated.jpg', rotated);
    expect(up.body.file_infos[0]).toMatchObject({ width: 40, height: 80 });
    const thumb = await send(t, 'GET', `/api/v4/files/${up.body.file_infos[0].id}/thumbnail`, { token: w.tokens.member });
    const m = await sharp(thumb.bytes).metadata();
    expect([m.width, m.height]).toEqual([50, 100]);
  });

  it('several files in one form need one client id each, and channel_id may come after the files', async () => {
    const two = await uploadMultipart(t, w.tokens.member, w.publicChannel.id, [{ name: 'one.txt', data: 'one' }, { name: 'two.txt', data: 'two' }], ['a', 'b']);
    expect(two.status).toBe(201);
    expect(two.body.file_infos.map((f: any) => f.name)).toEqual(['one.txt', 'two.txt']);
    expect(two.body.client_ids).toEqual(['a', 'b']);
    const none = await uploadMultipart(t, w.tokens.member, w.publicChannel.id, [{ name: 'x.txt', data: 'x' }]);
    expect(none.body.client_ids).toEqual([]);
    const before = await storedKeys(t);
    const mismatch = await uploadMultipart(t, w.tokens.member, w.publicChannel.id, [{ name: 'one.txt', data: 'one' }, { name: 'two.txt', data: 'two' }], ['a']);
    expectAppError(mismatch, 400, 'api.context.invalid_body_param.app_error');
    expect(await storedKeys(t)).toEqual(before);
    const legacy = await uploadMultipart(t, w.tokens.member, w.publicChannel.id, [{ name: 'late.txt', data: 'late channel' }], [], { channelFirst: false });
    expect(legacy.status).toBe(201);
    expect(legacy.body.file_infos[0]).toMatchObject({ name: 'late.txt', channel_id: w.publicChannel.id });
    const dl = await send(t, 'GET', `/api/v4/files/${legacy.body.file_infos[0].id}`, { token: w.tokens.member });
    expect(dl.bytes.toString()).toBe('late channel');
    expect((await storedKeys(t)).some((k) => k.includes('/staging/'))).toBe(false);
  });

  it('refuses bad uploads with Mattermost errors and stores nothing', async () => {
    const before = await storedKeys(t);
    const conflicting = await uploadMultipart(t, w.tokens.member, w.publicChannel.id, [{ name: 'a.txt', data: 'a' }], [], { query: `?channel_id=${w.privateChannel.id}` });
    expectAppError(conflicting, 400, 'api.file.upload_file.multiple_channel_ids.app_error');
    const unknownField = new FormData();
    unknownField.append('channel_id', w.publicChannel.id);
    unknownField.append('surprise', 'x');
    expectAppError(await send(t, 'POST', '/api/v4/files', { token: w.tokens.member, body: unknownField }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await uploadRaw(t, w.tokens.member, 'not-an-id', 'a.txt', 'x'), 400, 'api.context.invalid_url_param.app_error');
    const noName = await send(t, 'POST', `/api/v4/files?channel_id=${w.publicChannel.id}`, { token: w.tokens.member, body: 'x', headers: { 'Content-Type': 'text/plain' } });
    expectAppError(noName, 400, 'api.context.invalid_url_param.app_error');
    const empty = await send(t, 'POST', `/api/v4/files?channel_id=${w.publicChannel.id}&filename=a.txt`, { token: w.tokens.member, body: '', headers: { 'Content-Type': 'text/plain', 'Content-Length': '0' } });
    expectAppError(empty, 400, 'api.file.upload_file.read_request.app_error');
    const badBoundary = await send(t, 'POST', '/api/v4/files', { token: w.tokens.member, body: 'x', headers: { 'Content-Type': 'multipart/form-data' } });
    expectAppError(badBoundary, 400, 'api.file.upload_file.read_request.app_error');
    const truncated = await send(t, 'POST', '/api/v4/files', {
      token: w.tokens.member,
      body: `--XX\r\nContent-Disposition: form-data; name="channel_id"\r\n\r\n${w.publicChannel.id}\r\n--XX\r\nContent-Disposition: form-data; name="files"; filename="cut.txt"\r\n\r\npartial data`,
      headers: { 'Content-Type': 'multipart/form-data; boundary=XX' },
    });
    expectAppError(truncated, 400, 'api.file.upload_file.read_request.app_error');
    expect(await storedKeys(t)).toEqual(before);
  });

  it('refuses images beyond MaxImageResolution (400) and leaves nothing', async () => {
    await setFileSettings({ MaxImageResolution: 10_000 });
    try {
      const before = await storedKeys(t);
      const big = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'big.png', await image(200, 100));
      expectAppError(big, 400, 'api.file.upload_file.large_image_detailed.app_error');
      expect(await storedKeys(t)).toEqual(before);
    } finally {
      await setFileSettings({ MaxImageResolution: 33177600 });
    }
  });

  it('refuses uploads when file attachments are disabled', async () => {
    await setFileSettings({ EnableFileAttachments: false });
    try {
      expectAppError(await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'a.txt', 'x'), 403, 'api.file.attachments.disabled.app_error');
    } finally {
      await setFileSettings({ EnableFileAttachments: true });
    }
  });

  it('serves the bytes with Mattermost headers: inline media, attachments otherwise, ?download=1, unsafe types as text', async () => {
    const png = await image(20, 20);
    const img = (await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'my picture.png', png)).body.file_infos[0];
    const dl = await send(t, 'GET', `/api/v4/files/${img.id}`, { token: w.tokens.member });
    expect(dl.status).toBe(200);
    expect(dl.bytes.equals(png)).toBe(true);
    expect(dl.headers.get('content-type')).toBe('image/png');
    expect(dl.headers.get('content-disposition')).toBe(`inline;filename="my%20picture.png"; filename*=UTF-8''my%20picture.png`);
    expect(dl.headers.get('x-content-type-options')).toBe('nosniff');
    expect(dl.headers.get('x-frame-options')).toBe('DENY');
    expect(dl.headers.get('content-length')).toBe(String(png.length));
    const forced = await send(t, 'GET', `/api/v4/files/${img.id}?download=1`, { token: w.tokens.member });
    expect(forced.headers.get('content-disposition')).toMatch(/^attachment;/);

    const html = (await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'page.html', '<html><body>hi</body></html>')).body.file_infos[0];
    expect(html.mime_type).toBe('text/html');
    const page = await send(t, 'GET', `/api/v4/files/${html.id}`, { token: w.tokens.member });
    expect(page.headers.get('content-type')).toBe('text/plain');
    expect(page.headers.get('content-disposition')).toMatch(/^attachment;filename="page.html"/);

    const info = await send(t, 'GET', `/api/v4/files/${img.id}/info`, { token: w.tokens.member });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ id: img.id, name: 'my picture.png', mime_type: 'image/png' });
    expect(info.headers.get('cache-control')).toBe('max-age=2592000, private');
  });

  it('answers range requests (206, suffix, open-ended, 416) and If-Modified-Since (304)', async () => {
    const data = randomBytes(10_000);
    const f = (await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'range.bin', data)).body.file_infos[0];
    const path = `/api/v4/files/${f.id}`;
    const part = await send(t, 'GET', path, { token: w.tokens.member, headers: { Range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/10000');
    expect(part.bytes.equals(data.subarray(100, 200))).toBe(true);
    const suffix = await send(t, 'GET', path, { token: w.tokens.member, headers: { Range: 'bytes=-10' } });
    expect(suffix.bytes.equals(data.subarray(9990))).toBe(true);
    const open = await send(t, 'GET', path, { token: w.tokens.member, headers: { Range: 'bytes=9000-' } });
    expect(open.bytes.length).toBe(1000);
    const beyond = await send(t, 'GET', path, { token: w.tokens.member, headers: { Range: 'bytes=20000-' } });
    expectAppError(beyond, 416, 'api.file.range_not_satisfiable.app_error');
    const lastModified = part.headers.get('last-modified')!;
    const notModified = await send(t, 'GET', path, { token: w.tokens.member, headers: { 'If-Modified-Since': lastModified } });
    expect(notModified.status).toBe(304);
    expect(notModified.bytes.length).toBe(0);
  });

  it('unattached files are readable by their uploader only; attached ones by whoever reads the channel', async () => {
    const f = (await uploadRaw(t, w.tokens.member, w.privateChannel.id, 'secret.txt', 'private words')).body.file_infos[0];
    for (const persona of ['teamAdmin', 'outsider', 'guest'] as const) {
      expectAppError(await send(t, 'GET', `/api/v4/files/${f.id}/info`, { token: w.tokens[persona] }), 403, 'api.context.permissions.app_error');
    }
    const postId = await attach(t, f.id, w.privateChannel.id, w.users.member.id);
    const info = await send(t, 'GET', `/api/v4/files/${f.id}/info`, { token: w.tokens.teamAdmin });
    expect(info.status).toBe(200);
    expect(info.body.post_id).toBe(postId);
    expect((await send(t, 'GET', `/api/v4/files/${f.id}`, { token: w.tokens.admin })).bytes.toString()).toBe('private words');
    for (const persona of ['outsider', 'guest'] as const) {
      expectAppError(await send(t, 'GET', `/api/v4/files/${f.id}`, { token: w.tokens[persona] }), 403, 'api.context.permissions.app_error');
    }
  });

  it('files of a deleted post are gone (404)', async () => {
    const f = (await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'doomed.txt', 'bye')).body.file_infos[0];
    const postId = await attach(t, f.id, w.publicChannel.id, w.users.member.id);
    expect((await send(t, 'GET', `/api/v4/files/${f.id}/info`, { token: w.tokens.guest })).status).toBe(200);
    const db = t.running.context.db;
    await db.update(posts).set({ deleteAt: Date.now() }).where(eq(posts.id, postId));
    expectAppError(await send(t, 'GET', `/api/v4/files/${f.id}`, { token: w.tokens.member }), 404, 'app.file_info.get.app_error');
    await deleteFilesForPost(db, postId, Date.now());
    expectAppError(await send(t, 'GET', `/api/v4/files/${f.id}/info`, { token: w.tokens.member }), 404, 'app.file_info.get.app_error');
    expectAppError(await send(t, 'GET', `/api/v4/files/${'x'.repeat(26)}/info`, { token: w.tokens.member }), 404, 'app.file_info.get.app_error');
    expectAppError(await send(t, 'GET', '/api/v4/files/bad/info', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
  });

  it('public links: disabled by default, then a link whose hash opens the file without a session', async () => {
    const f = (await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'shared.txt', 'public bytes')).body.file_infos[0];
    expectAppError(await send(t, 'GET', `/api/v4/files/${f.id}/link`, { token: w.tokens.member }), 403, 'api.file.get_public_link.disabled.app_error');
    await setFileSettings({ EnablePublicLink: true });
    try {
      expectAppError(await send(t, 'GET', `/api/v4/files/${f.id}/link`, { token: w.tokens.member }), 400, 'api.file.get_public_link.no_post.app_error');
      await attach(t, f.id, w.publicChannel.id, w.users.member.id);
      const link = await send(t, 'GET', `/api/v4/files/${f.id}/link`, { token: w.tokens.member });
      expect(link.status).toBe(200);
      const url = new URL(link.body.link);
      expect(url.pathname).toBe(`/files/${f.id}/public`);
      const salt = config().get().FileSettings.PublicLinkSalt;
      expect(salt.length).toBeGreaterThanOrEqual(32);
      const { createHash } = await import('node:crypto');
      expect(url.searchParams.get('h')).toBe(createHash('sha256').update(salt).update(f.id).digest('base64url'));
      const pub = await send(t, 'GET', `${url.pathname}${url.search}`);
      expect(pub.status).toBe(200);
      expect(pub.bytes.toString()).toBe('public bytes');
      expectAppError(await send(t, 'GET', `${url.pathname}?h=wrong`), 400, 'api.file.get_file.public_invalid.app_error');
      expectAppError(await send(t, 'GET', url.pathname), 400, 'api.file.get_file.public_invalid.app_error');
      expectAppError(await send(t, 'GET', `/api/v4/files/${f.id}/link`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    } finally {
      await setFileSettings({ EnablePublicLink: false });
    }
    expectAppError(await send(t, 'GET', `/files/${f.id}/public?h=anything`), 403, 'api.file.get_public_link.disabled.app_error');
  });
});
