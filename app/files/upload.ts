/**
 * POST /files: uploads streamed to storage as they arrive, either as the raw request body
 * (`channel_id` and `filename` in the query) or as multipart/form-data (`channel_id`, then
 * `client_ids`, then `files`, as Mattermost's clients send them). Memory does not grow with the
 * file. Past FileSettings.MaxFileSize the upload is refused with 413; a refused, failed or
 * interrupted upload leaves neither a file info row nor a stored object behind.
 */
import { Readable, finished } from 'node:stream';
import type { FileInfoRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { deleteFileInfoRow, insertFileInfo } from '../../db/queries/files';
import { Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { requireUploadPermission } from './access';
import { derivedPaths, describeUpload, type Description } from './describe';
import { incorrectClientIds, multipleChannelIds, readRequestFailed, tooLarge } from './errors';
import { SizeLimitExceeded, UploadMeter } from './meter';
import { discardRest, multipartParts, MultipartError } from './multipart';
import { datePrefix, storageName, uploadFolder } from './paths';
import { toApiFileInfo } from './serialize';

export interface UploadResponse {
  file_infos: Record<string, unknown>[];
  client_ids: string[];
}

interface Received {
  size: number;
  head: Buffer;
}

/**
 * Streams `source` to `path` through the size meter. Maps a size overrun to 413 and a broken
 * transfer to 400; storage failures propagate. Nothing is left at `path` on failure.
 */
export async function receive(server: ServerContext, source: Readable, path: string, name: string, contentLength?: number): Promise<Received> {
  const limit = server.config.get().FileSettings.MaxFileSize;
  const meter = new UploadMeter(limit);
  let sourceError: unknown;
  // finished() also reports a source that broke before this call (an abandoned multipart part).
  const stopWatching = finished(source, { writable: false }, (err) => {
    if (!err) return;
    sourceError ??= err;
    meter.destroy(err);
  });
  meter.on('error', () => {
    source.unpipe(meter);
    discardRest(source);
  });
  source.pipe(meter);
  try {
    const size = await server.files.write(path, meter);
    return { size, head: meter.head() };
  } catch (err) {
    if (err instanceof SizeLimitExceeded) throw tooLarge(name, contentLength ?? err.received, limit);
    if (sourceError !== undefined || err instanceof MultipartError) throw readRequestFailed(String((sourceError ?? err) as Error));
    throw err;
  } finally {
    stopWatching();
  }
}

export async function removeObjects(server: ServerContext, paths: string[]): Promise<void> {
  for (const p of paths) await server.files.remove(p).catch(() => {});
}

export interface SaveInput {
  fileId: string;
  folder: string;
  path: string;
  name: string;
  userId: string;
  channelId: string;
  at: number;
  received: Received;
}

/** Describes a stored upload and records its file info; on failure removes what was stored. */
export async function saveUpload(server: ServerContext, input: SaveInput): Promise<FileInfoRow> {
  let d: Description | undefined;
  try {
    d = await describeUpload(server, { path: input.path, folder: input.folder, name: input.name, size: input.received.size, head: input.received.head });
    return await insertFileInfo(server.db, {
      id: input.fileId,
      creatorId: input.userId,
      postId: '',
      channelId: input.channelId,
      createAt: input.at,
      updateAt: input.at,
      deleteAt: 0,
      path: input.path,
      remoteId: '',
      ...d,
    });
  } catch (err) {
    await removeObjects(server, [input.path, ...(d ? derivedPaths(d) : [])]);
    throw err;
  }
}

/** Removes uploads already recorded by a request that then failed. */
async function rollback(server: ServerContext, rows: FileInfoRow[]): Promise<void> {
  for (const row of rows) {
    await deleteFileInfoRow(server.db, row.id).catch(() => {});
    await removeObjects(server, [row.path, row.thumbnailPath, row.previewPath].filter(Boolean));
  }
}

export function bodyStream(body: ReadableStream<Uint8Array> | null): Readable {
  if (!body) throw readRequestFailed('no request body');
  return Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>);
}

/** One file as the raw request body (uploadFileSimple). */
export async function uploadRaw(
  server: ServerContext,
  session: Session,
  input: { channelId?: string; filename?: string; clientId?: string; body: ReadableStream<Uint8Array> | null; contentLength?: number },
): Promise<UploadResponse> {
  const channelId = input.channelId ?? '';
  if (!isValidId(channelId)) throw Errors.invalidUrlParam('channel_id');
  if (!input.filename) throw Errors.invalidUrlParam('filename');
  await requireUploadPermission(server, session, channelId);
  const name = storageName(input.filename);
  const limit = server.config.get().FileSettings.MaxFileSize;
  if (input.contentLength !== undefined && input.contentLength > limit) throw tooLarge(name, input.contentLength, limit);

  const at = nowMillis();
  const fileId = newId();
  const folder = uploadFolder(at, channelId, session.user_id, fileId);
  const path = folder + name;
  const received = await receive(server, bodyStream(input.body), path, name, input.contentLength);
  const row = await saveUpload(server, { fileId, folder, path, name, userId: session.user_id, channelId, at, received });
  return { file_infos: [toApiFileInfo(row)], client_ids: input.clientId ? [input.clientId] : [] };
}

interface Staged {
  fileId: string;
  name: string;
  path: string;
  received: Received;
}

/**
 * Files as multipart/form-data (uploadFileMultipart). With `channel_id` known before the first
 * file (query or an earlier field), each file streams straight to its place. A file arriving
 * before any channel_id is staged and placed once the form is read (Mattermost's legacy mode).
 */
export async function uploadMultipart(
  server: ServerContext,
  session: Session,
  input: { contentType: string; body: ReadableStream<Uint8Array> | null; channelId?: string },
): Promise<UploadResponse> {
  let channelId = input.channelId ?? '';
  const at = nowMillis();
  const clientIds: string[] = [];
  let expectClientIds = true;
  let permitted = false;
  const saved: FileInfoRow[] = [];
  const staged: Staged[] = [];
  let legacy = false;

  const ensurePermission = async () => {
    if (permitted) return;
    if (!isValidId(channelId)) throw Errors.invalidUrlParam('channel_id');
    await requireUploadPermission(server, session, channelId);
    permitted = true;
  };

  try {
    for await (const part of multipartParts(input.body, input.contentType)) {
      if (part.kind === 'field') {
        if (part.name === 'channel_id') {
          if (channelId !== '' && channelId !== part.value) throw multipleChannelIds();
          if (part.value !== '') channelId = part.value;
        } else if (part.name === 'client_ids') {
          if (!expectClientIds) throw Errors.invalidBodyParam('client_ids');
          clientIds.push(part.value);
        } else {
          throw Errors.invalidBodyParam(part.name);
        }
        continue;
      }

      if (legacy || channelId === '') {
        legacy = true;
        const fileId = newId();
        const name = storageName(part.filename, 'files');
        const path = `${datePrefix(at)}/teams/noteam/staging/users/${session.user_id}/${fileId}/${name}`;
        staged.push({ fileId, name, path, received: await receive(server, part.stream, path, name) });
        continue;
      }

      await ensurePermission();
      if (saved.length === 0 && clientIds.length === 0) expectClientIds = false;
      if (expectClientIds && saved.length >= clientIds.length) throw Errors.invalidBodyParam('client_ids');
      const fileId = newId();
      const name = storageName(part.filename, 'files');
      const folder = uploadFolder(at, channelId, session.user_id, fileId);
      const path = folder + name;
      const received = await receive(server, part.stream, path, name);
      saved.push(await saveUpload(server, { fileId, folder, path, name, userId: session.user_id, channelId, at, received }));
    }

    if (legacy) {
      if (channelId === '') throw Errors.invalidBodyParam('channel_id');
      await ensurePermission();
      if (clientIds.length !== 0 && clientIds.length !== staged.length) throw incorrectClientIds(clientIds.length, staged.length);
      while (staged.length > 0) {
        const file = staged[0];
        const folder = uploadFolder(at, channelId, session.user_id, file.fileId);
        const path = folder + file.name;
        await server.files.move(file.path, path);
        staged.shift();
        saved.push(await saveUpload(server, { fileId: file.fileId, folder, path, name: file.name, userId: session.user_id, channelId, at, received: file.received }));
      }
      return { file_infos: saved.map(toApiFileInfo), client_ids: clientIds };
    }

    if (expectClientIds && clientIds.length !== saved.length) throw incorrectClientIds(clientIds.length, saved.length);
    return { file_infos: saved.map(toApiFileInfo), client_ids: expectClientIds ? clientIds : [] };
  } catch (err) {
    await rollback(server, saved);
    await removeObjects(server, staged.map((s) => s.path));
    if (err instanceof MultipartError) throw readRequestFailed(err.message);
    throw err;
  }
}
