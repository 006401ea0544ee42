/**
 * Helpers for the file, upload, emoji and image tests: requests with binary or multipart bodies
 * (checked against the spec like every other response), generated images, and attaching a file
 * to a post the way the posts layer will (a post row plus file_info.post_id).
 */
import sharp from 'sharp';
import type { TestServer } from '../../helpers/testServer';
import { posts } from '../../../db/schema';
import { attachFileToPost, getFileInfoById } from '../../../db/queries/files';
import { newId } from '../../../server/ids';

export interface Sent {
  status: number;
  headers: Headers;
  body: any;
  bytes: Buffer;
}

export interface SendOptions {
  token?: string;
  body?: BodyInit | null;
  headers?: Record<string, string>;
}

/** Any request through the in-process server and the response checker. */
export async function send(t: TestServer, method: string, path: string, o: SendOptions = {}): Promise<Sent> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.token) headers.Authorization = `Bearer ${o.token}`;
  const init: RequestInit & { duplex?: string } = { method, headers, body: o.body ?? undefined };
  if (o.body && typeof (o.body as ReadableStream).getReader === 'function') init.duplex = 'half';
  const res = await t.checker.wrap((req) => t.running.app.fetch(req))(new Request(`http://localhost${path}`, init));
  const bytes = Buffer.from(await res.arrayBuffer());
  let body: any = bytes;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json') && bytes.length) body = JSON.parse(bytes.toString('utf8'));
  return { status: res.status, headers: res.headers, body, bytes };
}

export interface FilePart {
  name: string;
  data: Uint8Array | string;
  type?: string;
}

/** POST /files as multipart: channel_id first (unless channelFirst is false), then client ids, then files. */
export function uploadForm(channelId: string | undefined, files: FilePart[], clientIds: string[] = [], opts: { channelFirst?: boolean } = {}): FormData {
  const form = new FormData();
  const channelFirst = opts.channelFirst ?? true;
  if (channelId !== undefined && channelFirst) form.append('channel_id', channelId);
  for (const id of clientIds) form.append('client_ids', id);
  for (const f of files) form.append('files', new Blob([typeof f.data === 'string' ? f.data : new Uint8Array(f.data)], { type: f.type ?? 'application/octet-stream' }), f.name);
  if (channelId !== undefined && !channelFirst) form.append('channel_id', channelId);
  return form;
}

export async function uploadMultipart(t: TestServer, token: string | undefined, channelId: string | undefined, files: FilePart[], clientIds: string[] = [], opts: { channelFirst?: boolean; query?: string } = {}) {
  return send(t, 'POST', `/api/v4/files${opts.query ?? ''}`, { token, body: uploadForm(channelId, files, clientIds, opts) });
}

export async function uploadRaw(t: TestServer, token: string | undefined, channelId: string, filename: string, data: Uint8Array | string, extra = '') {
  const body = typeof data === 'string' ? data : new Uint8Array(data);
  return send(t, 'POST', `/api/v4/files?channel_id=${channelId}&filename=${encodeURIComponent(filename)}${extra}`, {
    token,
    body,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
}

/** A solid-colour image of the given size and format. */
export function image(width: number, height: number, format: 'png' | 'jpeg' | 'gif' | 'webp' = 'png', colour = { r: 40, g: 120, b: 200 }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })[format]().toBuffer();
}

/** Bytes that no sniffer recognises. */
export function randomBytes(size: number, seed = 7): Buffer {
  const buf = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    buf[i] = x & 0xff;
  }
  buf[0] = 0x01; // not text, no known magic
  buf[1] = 0x02;
  return buf;
}

/** Attaches an uploaded file to a new post of its uploader in `channelId` (as the posts layer does). */
export async function attach(t: TestServer, fileId: string, channelId: string, userId: string): Promise<string> {
  const db = t.running.context.db;
  const postId = newId();
  const now = Date.now();
  await db.insert(posts).values({ id: postId, createAt: now, updateAt: now, userId, channelId, message: 'file', fileIds: [fileId] });
  const ok = await attachFileToPost(db, fileId, postId, channelId, userId, now);
  if (!ok) throw new Error(`could not attach ${fileId}`);
  return postId;
}

/** Every object in file storage. */
export function storedKeys(t: TestServer): Promise<string[]> {
  return t.running.context.files.list('');
}

export async function fileRow(t: TestServer, id: string) {
  return getFileInfoById(t.running.context.db, id);
}

/** Polls an async condition (storage, database) until it holds. */
export async function waitUntilAsync(check: () => Promise<boolean>, label: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
