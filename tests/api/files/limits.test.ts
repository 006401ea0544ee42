/**
 * Size limits and broken transfers, over a real listening HTTP server: a file past
 * FileSettings.MaxFileSize gets 413 (declared up front or discovered mid-stream), and a client
 * that disconnects mid-upload leaves no file info row and no stored object, not even a partial.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { count } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { fileInfo } from '../../../db/schema';
import { randomBytes, send, storedKeys, uploadForm, uploadMultipart, uploadRaw, waitUntilAsync } from './helpers';

const LIMIT = 1024 * 1024;

describe('upload size limits and interrupted uploads', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_FILESETTINGS_MAXFILESIZE: String(LIMIT) } });
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const rows = async () => (await t.running.context.db.select({ n: count() }).from(fileInfo))[0].n;

  it('accepts a file of exactly MaxFileSize bytes', async () => {
    const res = await uploadRaw(t, w.tokens.member, w.publicChannel.id, 'exact.bin', randomBytes(LIMIT));
    expect(res.status).toBe(201);
    expect(res.body.file_infos[0].size).toBe(LIMIT);
  });

  it('413 when the declared length is over the limit, before reading the body', async () => {
    const before = { keys: await storedKeys(t), rows: await rows() };
    const res = await send(t, 'POST', `/api/v4/files?channel_id=${w.publicChannel.id}&filename=big.bin`, {
      token: w.tokens.member,
      body: new Uint8Array(randomBytes(LIMIT + 1)),
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(LIMIT + 1) },
    });
    expectAppError(res, 413, 'api.file.upload_file.too_large_detailed.app_error');
    expect(res.body.message).toContain(`${LIMIT + 1} bytes exceeds the maximum allowed ${LIMIT} bytes`);
    expect({ keys: await storedKeys(t), rows: await rows() }).toEqual(before);
  });

  it('413 mid-stream when a body of unknown length grows past the limit (raw and multipart), nothing kept', async () => {
    const before = { keys: await storedKeys(t), rows: await rows() };
    const data = randomBytes(LIMIT + 100_000);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < data.length; i += 64 * 1024) controller.enqueue(new Uint8Array(data.subarray(i, i + 64 * 1024)));
        controller.close();
      },
    });
    const raw = await send(t, 'POST', `/api/v4/files?channel_id=${w.publicChannel.id}&filename=stream.bin`, {
      token: w.tokens.member,
      body: stream,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expectAppError(raw, 413, 'api.file.upload_file.too_large_detailed.app_error');
    const multi = await uploadMultipart(t, w.tokens.member, w.publicChannel.id, [{ name: 'ok.txt', data: 'fine' }, { name: 'huge.bin', data }]);
    expectAppError(multi, 413, 'api.file.upload_file.too_large_detailed.app_error');
    expect({ keys: await storedKeys(t), rows: await rows() }).toEqual(before);
  });

  it('a real HTTP client receives the 413 while it is still sending', async () => {
    const before = await storedKeys(t);
    const res = await fetch(`${url}/api/v4/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${w.tokens.member}` },
      body: uploadForm(w.publicChannel.id, [{ name: 'huge.bin', data: randomBytes(3 * LIMIT) }]),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).id).toBe('api.file.upload_file.too_large_detailed.app_error');
    expect(await storedKeys(t)).toEqual(before);
  });

  async function interrupted(path: string, headers: Record<string, string>, prefix: Buffer, declared: number) {
    const before = { keys: await storedKeys(t), rows: await rows() };
    const req = httpRequest(`${url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${w.tokens.member}`, 'Content-Length': String(declared), ...headers },
    });
    req.on('error', () => {});
    req.write(prefix);
    // The upload is under way once its temporary object exists.
    await waitUntilAsync(async () => (await storedKeys(t)).some((k) => k.endsWith('.tmp')), 'a partial upload in storage');
    req.destroy();
    await waitUntilAsync(async () => (await storedKeys(t)).length === before.keys.length, 'the partial upload to be removed');
    expect({ keys: await storedKeys(t), rows: await rows() }).toEqual(before);
  }

  it('an upload interrupted mid-stream (raw body) leaves no row and no object', async () => {
    await interrupted(`/api/v4/files?channel_id=${w.publicChannel.id}&filename=cut.bin`, { 'Content-Type': 'application/octet-stream' }, randomBytes(300_000), 900_000);
  });

  it('an upload interrupted mid-stream (multipart) leaves no row and no object, nor those of earlier files in the form', async () => {
    const boundary = 'BOUNDARY123';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="channel_id"\r\n\r\n${w.publicChannel.id}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="first.txt"\r\n\r\ncomplete first file\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="cut.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    );
    await interrupted('/api/v4/files', { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, Buffer.concat([head, randomBytes(300_000)]), 900_000);
  });

});
