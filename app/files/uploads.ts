/**
 * Resumable uploads (/uploads): a session announces a file (channel, name, size), data arrives
 * in one or more POSTs appended at the session's offset, and the last byte turns the upload into
 * a file info, as Mattermost's CreateUploadSession / UploadData do. A first chunk shorter than
 * 5 MiB (unless it is the whole file) is refused, so that object storage can assemble parts.
 */
import { Readable, Transform, finished, type TransformCallback } from 'node:stream';
import type { UploadSessionRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { advanceUploadOffset, deleteUploadSession, getUploadSession, insertUploadSession } from '../../db/queries/uploads';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { getChannelById } from '../../db/queries/channels';
import { requireUploadPermission } from './access';
import { attachmentsDisabled, readRequestFailed } from './errors';
import { CONTENT_BYTES } from './meter';
import { discardRest, isMultipart, multipartParts, MultipartError } from './multipart';
import { baseName, datePrefix, storageName } from './paths';
import { saveUpload } from './upload';
import { toApiFileInfo } from './serialize';

export const MIN_FIRST_PART_SIZE = 5 * 1024 * 1024;
const INCOMPLETE_SUFFIX = '.tmp';

export function toApiUploadSession(row: UploadSessionRow): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: row.id,
    type: row.type,
    create_at: row.createAt,
    user_id: row.userId,
    filename: row.filename,
    file_size: row.fileSize,
    file_offset: row.fileOffset,
    remote_id: row.remoteId,
    req_file_id: row.reqFileId,
  };
  if (row.channelId) out.channel_id = row.channelId;
  return out;
}

const invalid = (field: string, id: string) =>
  new AppError(`model.upload_session.is_valid.${field}.app_error`, `Invalid value for ${field}.`, 400, `id=${id}`);

export interface CreateUploadInput {
  type?: string;
  channel_id?: string;
  filename?: string;
  file_size?: number;
}

export async function createUpload(server: ServerContext, session: Session, input: CreateUploadInput): Promise<UploadSessionRow> {
  const settings = server.config.get();
  if (!settings.FileSettings.EnableFileAttachments) throw attachmentsDisabled(501);
  // As Mattermost: `import` is for system admins; anything else is an attachment upload.
  const type = input.type === 'import' ? 'import' : 'attachment';
  const channelId = input.channel_id ?? '';
  if (type === 'import') {
    if (!hasSystemPermission(server, session, MANAGE_SYSTEM)) throw Errors.permission(MANAGE_SYSTEM);
  } else {
    await requireUploadPermission(server, session, channelId);
  }

  const id = newId();
  const fileSize = Number(input.file_size ?? 0);
  if (fileSize > settings.FileSettings.MaxFileSize) {
    throw new AppError('api.upload.create.upload_too_large.app_error', 'Unable to upload file. File is too large.', 413, '', { channelId });
  }
  const filename = input.filename ?? '';
  const at = nowMillis();
  const base = baseName(filename);
  const path =
    type === 'attachment'
      ? `${datePrefix(at)}/teams/noteam/channels/${channelId}/users/${session.user_id}/${id}/${base}`
      : `${importFolder(settings.ImportSettings.Directory)}/${id}_${base}`;

  if (type === 'attachment' && !isValidId(channelId)) throw invalid('channel_id', id);
  if (filename === '') throw invalid('filename', id);
  if (!(fileSize > 0) || !Number.isInteger(fileSize)) throw invalid('file_size', id);
  storageName(base, 'filename');

  if (type === 'attachment') {
    const channel = await getChannelById(server.db, channelId);
    if (!channel) {
      throw new AppError('app.upload.create.incorrect_channel_id.app_error', 'Unable to upload to the specified channel.', 400, '', { channelId });
    }
    if (channel.deleteAt !== 0) {
      throw new AppError('app.upload.create.cannot_upload_to_deleted_channel.app_error', 'Cannot upload to a deleted channel.', 400, '', { channelId });
    }
  }

  return insertUploadSession(server.db, {
    id,
    type,
    createAt: at,
    userId: session.user_id,
    channelId: type === 'attachment' ? channelId : '',
    filename,
    path,
    fileSize,
    fileOffset: 0,
    remoteId: '',
    reqFileId: '',
  });
}

/** ImportSettings.Directory as a storage prefix (relative, no trailing slash). */
function importFolder(dir: string): string {
  const cleaned = dir.split('/').filter((p) => p !== '' && p !== '.' && p !== '..').join('/');
  return cleaned === '' ? 'import' : cleaned;
}

export async function loadUploadSession(server: ServerContext, rawId: string): Promise<UploadSessionRow> {
  if (!isValidId(rawId)) throw Errors.invalidUrlParam('upload_id');
  const row = await getUploadSession(server.db, rawId);
  if (!row) throw new AppError('app.upload.get.app_error', 'Unable to get the upload.', 404);
  return row;
}

export async function getUpload(server: ServerContext, session: Session, rawId: string): Promise<UploadSessionRow> {
  const row = await loadUploadSession(server, rawId);
  if (row.userId !== session.user_id && !hasSystemPermission(server, session, MANAGE_SYSTEM)) {
    throw new AppError('api.upload.get_upload.forbidden.app_error', 'Failed to get upload.', 403);
  }
  return row;
}

/** Passes at most `max` bytes on and drops the rest (Go's io.LimitedReader, without leaving the body unread). */
class Cap extends Transform {
  private left: number;
  constructor(max: number) {
    super();
    this.left = max;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (this.left <= 0) return cb();
    const out = chunk.length > this.left ? chunk.subarray(0, this.left) : chunk;
    this.left -= out.length;
    cb(null, out);
  }
}

const busyUploads = new WeakMap<ServerContext, Set<string>>();

function concurrent(detail = ''): AppError {
  return new AppError('app.upload.upload_data.concurrent.app_error', 'Unable to upload data from more than one request.', 400, detail);
}

export interface UploadDataInput {
  contentType?: string;
  contentLength?: number;
  body: ReadableStream<Uint8Array> | null;
}

/** Appends a chunk; returns the file info when the upload is complete, else undefined (204). */
export async function uploadData(server: ServerContext, session: Session, rawId: string, input: UploadDataInput): Promise<Record<string, unknown> | undefined> {
  if (!server.config.get().FileSettings.EnableFileAttachments) throw attachmentsDisabled(501);
  const us = await loadUploadSession(server, rawId);
  if (us.type === 'import') {
    if (!hasSystemPermission(server, session, MANAGE_SYSTEM)) throw Errors.permission(MANAGE_SYSTEM);
  } else if (us.userId !== session.user_id) {
    throw Errors.permission('upload_file');
  } else {
    await requireUploadPermission(server, session, us.channelId);
  }

  let busy = busyUploads.get(server);
  if (!busy) busyUploads.set(server, (busy = new Set()));
  if (busy.has(us.id)) throw concurrent();
  busy.add(us.id);
  try {
    return await appendChunk(server, us, input);
  } finally {
    busy.delete(us.id);
  }
}

async function chunkSource(us: UploadSessionRow, input: UploadDataInput): Promise<{ source: Readable; done: () => void }> {
  if (isMultipart(input.contentType)) {
    const parts = multipartParts(input.body, input.contentType!);
    let first: Awaited<ReturnType<typeof parts.next>>;
    try {
      first = await parts.next();
    } catch (err) {
      throw multipartError(String((err as Error)?.message ?? err));
    }
    if (first.done) throw multipartError('no part');
    const part = first.value;
    const source = part.kind === 'file' ? part.stream : Readable.from([Buffer.from(part.value)]);
    return { source, done: () => void parts.return(undefined) };
  }
  if (input.contentLength !== undefined && input.contentLength > us.fileSize - us.fileOffset) {
    throw new AppError('api.upload.upload_data.invalid_content_length', 'Invalid Content-Length.', 400);
  }
  if (!input.body) throw readRequestFailed('no request body');
  const source = Readable.fromWeb(input.body as import('node:stream/web').ReadableStream<Uint8Array>);
  return { source, done: () => discardRest(source) };
}

function multipartError(detail: string): AppError {
  return new AppError('api.upload.upload_data.multipart_error', 'Unable to process multipart data.', 400, detail);
}

async function appendChunk(server: ServerContext, us: UploadSessionRow, input: UploadDataInput): Promise<Record<string, unknown> | undefined> {
  const stored = await getUploadSession(server.db, us.id);
  if (!stored) throw new AppError('app.upload.get.app_error', 'Unable to get the upload.', 404);
  if (stored.fileOffset !== us.fileOffset) throw concurrent('FileOffset mismatch');

  const uploadPath = us.type === 'import' ? us.path + INCOMPLETE_SUFFIX : us.path;
  const remaining = us.fileSize - us.fileOffset;
  const { source, done } = await chunkSource(us, input);
  const cap = new Cap(remaining);
  const stopWatching = finished(source, { writable: false }, (err) => {
    if (err) cap.destroy(err);
  });
  source.pipe(cap);

  let written = 0;
  let failure: unknown;
  try {
    if (us.fileOffset === 0) await server.files.remove(uploadPath);
    const result = await server.files.append(uploadPath, cap);
    written = result.written;
    failure = result.error;
  } finally {
    stopWatching();
    done();
  }

  if (us.fileOffset === 0 && written < MIN_FIRST_PART_SIZE && written !== us.fileSize) {
    await server.files.remove(uploadPath).catch(() => {});
    throw new AppError(
      'app.upload.upload_data.first_part_too_small.app_error',
      `Unable to upload the file. The first chunk must be at least ${MIN_FIRST_PART_SIZE} bytes, unless it is the whole file.`,
      400,
      failure ? String(failure) : '',
      { Size: MIN_FIRST_PART_SIZE },
    );
  }
  const offset = us.fileOffset + written;
  if (written > 0 && !(await advanceUploadOffset(server.db, us.id, us.fileOffset, offset))) throw concurrent('FileOffset mismatch');
  if (failure !== undefined) throw failure instanceof MultipartError ? readRequestFailed(failure.message) : readRequestFailed(String(failure));
  if (offset < us.fileSize) return undefined;

  // Complete: the stored bytes become a file.
  const headStream = await server.files.read(uploadPath, { start: 0, end: Math.min(us.fileSize, CONTENT_BYTES) - 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of headStream) chunks.push(chunk as Buffer);
  if (us.type === 'import') await server.files.move(uploadPath, us.path);
  let row;
  try {
    row = await saveUpload(server, {
      fileId: us.reqFileId || newId(),
      folder: us.path.slice(0, us.path.lastIndexOf('/') + 1),
      path: us.path,
      name: storageName(us.filename, 'filename'),
      userId: us.userId,
      channelId: us.channelId,
      at: nowMillis(),
      received: { size: us.fileSize, head: Buffer.concat(chunks) },
    });
  } catch (err) {
    // The stored bytes are gone with the failed file: the session cannot complete any more.
    await deleteUploadSession(server.db, us.id);
    throw err;
  }
  await deleteUploadSession(server.db, us.id);
  return toApiFileInfo(row);
}
