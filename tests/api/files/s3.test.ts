/**
 * The S3 backend against an S3-compatible server started here (s3rver, from npm): the store's
 * own operations, then the file endpoints with FileSettings.DriverName = amazons3 — uploads
 * (multipart uploads to S3 beyond one part), downloads, ranges, thumbnails, resumable uploads,
 * a 413 and an interrupted upload that leave no object, emoji and profile images.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import sharp from 'sharp';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { S3FileStore } from '../../../server/storage/s3';
import { FileNotFoundError } from '../../../server/storage/types';
import { image, randomBytes, send, storedKeys, uploadMultipart, uploadRaw } from './helpers';

const BUCKET = 'mattermost-test';
const PREFIX = 'mm';

describe('S3 file storage (s3rver)', () => {
  let s3: S3rver;
  let s3dir: string;
  let endpoint: string;
  let t: TestServer;
  let w: World;
  let url: string;

  beforeAll(async () => {
    s3dir = mkdtempSync(join(tmpdir(), 's3rver-'));
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
    const { port } = await s3.run();
    endpoint = `127.0.0.1:${port}`;
    t = await startTestServer({
      env: {
        MM_FILESETTINGS_DRIVERNAME: 'amazons3',
        MM_FILESETTINGS_AMAZONS3BUCKET: BUCKET,
        MM_FILESETTINGS_AMAZONS3ENDPOINT: endpoint,
        MM_FILESETTINGS_AMAZONS3SSL: 'false',
        MM_FILESETTINGS_AMAZONS3REGION: 'us-east-1',
        MM_FILESETTINGS_AMAZONS3ACCESSKEYID: 'S3RVER',
        MM_FILESETTINGS_AMAZONS3SECRETACCESSKEY: 'S3RVER',
        MM_FILESETTINGS_AMAZONS3PATHPREFIX: PREFIX,
      },
    });
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
    rmSync(s3dir, { recursive: true, force: true });
  });
  afterEach(() => expectNoViolations(t));

  const directStore = () =>
    new S3FileStore({ bucket: BUCKET, endpoint, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', pathPrefix: PREFIX, ssl: false, sse: false, partSize: 0, requestTimeoutMs: 30_000 });

  it('the server uses the S3 backend FileSettings describe', () => {
    expect(t.running.context.files.driver).toBe('amazons3');
    expect(t.running.context.files.localPath('a/b')).toBeNull();
  });

  it('store round trip: write (single and multipart), read, range, stat, append, move, list, remove', async () => {
    const store = directStore();
    await store.testConnection();
    const small = Buffer.from('hello s3');
    expect(await store.write('rt/small.txt', small)).toBe(small.length);
    expect((await store.readBuffer('rt/small.txt')).equals(small)).toBe(true);
    const big = randomBytes(12 * 1024 * 1024 + 123);
    expect(await store.write('rt/big.bin', Readable.from([big.subarray(0, 7_000_000), big.subarray(7_000_000)]))).toBe(big.length);
    expect((await store.stat('rt/big.bin'))?.size).toBe(big.length);
    const ranged = await store.read('rt/big.bin', { start: 6_999_990, end: 7_000_009 });
    const parts: Buffer[] = [];
    for await (const c of ranged) parts.push(c as Buffer);
    expect(Buffer.concat(parts).equals(big.subarray(6_999_990, 7_000_010))).toBe(true);
    expect(await store.append('rt/small.txt', Buffer.from(' and more'))).toEqual({ written: 9 });
    expect((await store.readBuffer('rt/small.txt')).toString()).toBe('hello s3 and more');
    await store.move('rt/small.txt', 'rt/moved/small.txt');
    expect(await store.stat('rt/small.txt')).toBeNull();
    expect(await store.list('rt')).toEqual(['rt/big.bin', 'rt/moved/small.txt']);
    await expect(store.read('rt/missing')).rejects.toBeInstanceOf(FileNotFoundError);
    await store.removeDirectory('rt');
    expect(await store.list('rt')).toEqual([]);
  });

  it('a failed streamed write leaves no object (multipart upload aborted)', async () => {
    const store = directStore();
    const failing = Readable.from(
      (async function* () {
        yield randomBytes(6 * 1024 * 1024);
        throw new Error('source broke');
      })(),
    );
    await expect(store.write('broken/file.bin', failing)).rejects.toThrow('source broke');
    expect(await store.list('broken')).toEqual([]);
  });

  it('uploads, downloads byte-identical, serves ranges and thumbnails from S3, under the path prefix', async () => {
    const png = await image(640, 480);
    const up = await uploadMultipart(t, w.tokens.member, w.publicChannel.id, [{ name: 'pic.png', data: png }]);
    expect(up.status).toBe(201);
    const info = up.body.file_infos[0];
    expect(info).toMatchObject({ mime_type: 'image/png', width: 640, height: 480, has_preview_image: true });
    const dl = await send(t, 'GET', `/api/v4/files/${info.id}`, { token: w.tokens.member });
    expect(dl.bytes.equals(png)).toBe(true);
    const part = await send(t, 'GET', `/api/v4/files/${info.id}`, { token: w.tokens.member, headers: { Range: 'bytes=0-7' } });
    expect(part.status).toBe(206);
    expect(part.bytes.equals(png.subarray(0, 8))).toBe(true);
    const thumb = await send(t, 'GET', `/api/v4/files/${info.id}/thumbnail`, { token: w.tokens.member });
    expect((await sharp(thumb.bytes).metadata()).width).toBe(120);
    const keys = await directStore().list('');
    expect(keys.some((k) => k.endsWith(`${info.id}/pic.png`))).toBe(true);
    expect(keys.some((k) => k.endsWith(`${info.id}/pic_thumb.png`))).toBe(true);
    const big = randomBytes(11 * 1024 * 1024);
    const large = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'large.bin', big);
    expect(large.status).toBe(201);
    const back = await send(t, 'GET', `/api/v4/files/${large.body.file_infos[0].id}`, { token: w.tokens.member });
    expect(back.bytes.equals(big)).toBe(true);
  });

  it('413 and an interrupted upload leave no object in the bucket', async () => {
    const stored = t.running.context.config.storedConfig();
    await t.running.context.config.save({ ...stored, FileSettings: { ...stored.FileSettings, MaxFileSize: 1024 * 1024 } });
    try {
      const before = await storedKeys(t);
      const over = await uploadMultipart(t, w.tokens.member, w.publicChannel.id, [{ name: 'over.bin', data: randomBytes(2 * 1024 * 1024) }]);
      expectAppError(over, 413, 'api.file.upload_file.too_large_detailed.app_error');
      expect(await storedKeys(t)).toEqual(before);

      const req = httpRequest(`${url}/api/v4/files?channel_id=${w.publicChannel.id}&filename=cut.bin`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${w.tokens.member}`, 'Content-Type': 'application/octet-stream', 'Content-Length': '900000' },
      });
      req.on('error', () => {});
      req.write(randomBytes(200_000));
      await new Promise((r) => setTimeout(r, 300));
      req.destroy();
      await new Promise((r) => setTimeout(r, 500));
      expect(await storedKeys(t)).toEqual(before);
    } finally {
      await t.running.context.config.save(stored);
    }
  });

  it('a resumable upload in two chunks is assembled in S3', async () => {
    const data = randomBytes(5 * 1024 * 1024 + 4321);
    const created = await send(t, 'POST', '/api/v4/uploads', {
      token: w.tokens.member,
      body: JSON.stringify({ channel_id: w.publicChannel.id, filename: 'resumed.bin', file_size: data.length }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(created.status).toBe(201);
    const path = `/api/v4/uploads/${created.body.id}`;
    const first = await send(t, 'POST', path, { token: w.tokens.member, body: new Uint8Array(data.subarray(0, 5 * 1024 * 1024)), headers: { 'Content-Type': 'application/octet-stream' } });
    expect(first.status).toBe(204);
    const second = await send(t, 'POST', path, { token: w.tokens.member, body: new Uint8Array(data.subarray(5 * 1024 * 1024)), headers: { 'Content-Type': 'application/octet-stream' } });
    expect(second.status).toBe(200);
    const dl = await send(t, 'GET', `/api/v4/files/${second.body.id}`, { token: w.tokens.member });
    expect(dl.bytes.equals(data)).toBe(true);
  });

  it('emoji and profile images live in S3 too', async () => {
    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(await image(64, 64))]), 'party.png');
    form.append('emoji', JSON.stringify({ name: `s3emoji${Date.now()}`, creator_id: w.users.member.id }));
    const emoji = await send(t, 'POST', '/api/v4/emoji', { token: w.tokens.member, body: form });
    expect(emoji.status).toBe(200);
    const img = await send(t, 'GET', `/api/v4/emoji/${emoji.body.id}/image`, { token: w.tokens.member });
    expect(img.headers.get('content-type')).toBe('image/png');
    const profile = new FormData();
    profile.append('image', new Blob([new Uint8Array(await image(300, 200, 'jpeg'))]), 'me.jpg');
    expect((await send(t, 'POST', `/api/v4/users/${w.users.member.id}/image`, { token: w.tokens.member, body: profile })).status).toBe(200);
    const pic = await send(t, 'GET', `/api/v4/users/${w.users.member.id}/image`, { token: w.tokens.member });
    const meta = await sharp(pic.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 128, 128]);
    const keys = await directStore().list('');
    expect(keys).toContain(`emoji/${emoji.body.id}/image`);
    expect(keys).toContain(`users/${w.users.member.id}/profile.png`);
  });
});
