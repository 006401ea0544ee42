/**
 * The file storage contract shared by every backend (a local directory, S3-compatible object
 * storage). Paths are relative, `/`-separated keys such as `20240101/teams/noteam/...`; a key
 * with `..` segments, a leading `/` or a NUL is refused.
 */
import type { Readable } from 'node:stream';

export type StorageDriver = 'local' | 'amazons3';

export interface StoredObject {
  size: number;
  modified: Date;
}

/** An inclusive byte range, as in `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface AppendResult {
  /** Bytes of this call that are now stored (all of them unless `error` is set). */
  written: number;
  /** Set when the source failed part-way; the bytes counted in `written` are kept. */
  error?: unknown;
}

export interface FileStore {
  readonly driver: StorageDriver;
  /**
   * Streams `data` to `path`, replacing what was there, and resolves with the byte count.
   * All or nothing: when the source or the backend fails, nothing is left at `path` and the
   * promise rejects with the source's error.
   */
  write(path: string, data: Readable | Uint8Array): Promise<number>;
  /**
   * Appends `data` to `path` (created when missing). When the source fails part-way, the local
   * backend keeps what arrived and reports it; object storage keeps none of this call's bytes.
   */
  append(path: string, data: Readable | Uint8Array): Promise<AppendResult>;
  /** A stream of the object (or of `range` of it); rejects with FileNotFoundError. */
  read(path: string, range?: ByteRange): Promise<Readable>;
  /** The whole object in memory: for small objects (images, emoji). */
  readBuffer(path: string): Promise<Buffer>;
  /** Size and modification time, or null when missing. */
  stat(path: string): Promise<StoredObject | null>;
  /** Removes an object; missing is not an error. */
  remove(path: string): Promise<void>;
  move(from: string, to: string): Promise<void>;
  /** Removes every object under a `dir/` prefix. */
  removeDirectory(dir: string): Promise<void>;
  /** Keys of every object under a `dir/` prefix (tests and maintenance). */
  list(dir: string): Promise<string[]>;
  /** The object's path on this machine's disk, when the backend is a local directory. */
  localPath(path: string): string | null;
  testConnection(): Promise<void>;
}

export class FileNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`file not found: ${path}`);
    this.name = 'FileNotFoundError';
  }
}

export class InvalidPathError extends Error {
  constructor(readonly path: string) {
    super(`invalid storage path: ${JSON.stringify(path)}`);
    this.name = 'InvalidPathError';
  }
}

/** Checks a storage key and returns it normalised (no empty or `.` segments). */
export function checkKey(path: string): string {
  if (typeof path !== 'string' || path === '' || path.includes('\0') || path.startsWith('/') || path.includes('\\')) {
    throw new InvalidPathError(path);
  }
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..')) throw new InvalidPathError(path);
  return parts.join('/');
}

/** A directory prefix: a key that may be empty (the whole store). */
export function checkDir(dir: string): string {
  if (dir === '' || dir === '/') return '';
  return checkKey(dir.replace(/\/+$/, ''));
}
