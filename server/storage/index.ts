/**
 * The server's file store: the backend Mattermost's FileSettings select (DriverName `local` or
 * `amazons3`), rebuilt when those settings change so that a config update takes effect on the
 * next request, as in Mattermost.
 *
 * The local directory is FileSettings.Directory; its default (`./data/`) means the server's data
 * directory (`<MM_DATA_DIR>/files`, or a temporary directory for an in-memory test server).
 */
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileSettings } from '../config/types';
import { LocalFileStore } from './local';
import { S3FileStore } from './s3';
import type { AppendResult, ByteRange, FileStore, StorageDriver, StoredObject } from './types';

export * from './types';
export { LocalFileStore } from './local';
export { S3FileStore, type S3Settings } from './s3';

export const DEFAULT_DIRECTORY = './data/';

export interface FileStoreOptions {
  /** Where the local backend keeps files when FileSettings.Directory is Mattermost's default. */
  defaultDir: string;
}

/** Builds the backend for a snapshot of FileSettings. */
export function backendFor(settings: FileSettings, opts: FileStoreOptions): FileStore {
  if (settings.DriverName === 'amazons3') {
    return new S3FileStore({
      bucket: settings.AmazonS3Bucket,
      endpoint: settings.AmazonS3Endpoint,
      region: settings.AmazonS3Region,
      accessKeyId: settings.AmazonS3AccessKeyId,
      secretAccessKey: settings.AmazonS3SecretAccessKey,
      pathPrefix: settings.AmazonS3PathPrefix,
      ssl: settings.AmazonS3SSL,
      sse: settings.AmazonS3SSE,
      partSize: settings.AmazonS3UploadPartSizeBytes,
      requestTimeoutMs: settings.AmazonS3RequestTimeoutMilliseconds,
    });
  }
  const dir = !settings.Directory || settings.Directory === DEFAULT_DIRECTORY || settings.Directory === './data' ? opts.defaultDir : settings.Directory;
  return new LocalFileStore(resolve(dir));
}

function settingsKey(s: FileSettings): string {
  return JSON.stringify([
    s.DriverName, s.Directory, s.AmazonS3Bucket, s.AmazonS3Endpoint, s.AmazonS3Region, s.AmazonS3AccessKeyId,
    s.AmazonS3SecretAccessKey, s.AmazonS3PathPrefix, s.AmazonS3SSL, s.AmazonS3SSE, s.AmazonS3UploadPartSizeBytes,
    s.AmazonS3RequestTimeoutMilliseconds,
  ]);
}

/** A FileStore that follows the configuration: each call goes to the backend of the settings in force. */
export class ConfiguredFileStore implements FileStore {
  private cached: { key: string; store: FileStore } | undefined;

  constructor(
    private readonly settings: () => FileSettings,
    private readonly opts: FileStoreOptions,
  ) {}

  /** The backend for the current settings. */
  current(): FileStore {
    const settings = this.settings();
    const key = settingsKey(settings);
    if (this.cached?.key !== key) this.cached = { key, store: backendFor(settings, this.opts) };
    return this.cached.store;
  }

  get driver(): StorageDriver {
    return this.current().driver;
  }

  write(path: string, data: Readable | Uint8Array): Promise<number> {
    return this.current().write(path, data);
  }
  append(path: string, data: Readable | Uint8Array): Promise<AppendResult> {
    return this.current().append(path, data);
  }
  read(path: string, range?: ByteRange): Promise<Readable> {
    return this.current().read(path, range);
  }
  readBuffer(path: string): Promise<Buffer> {
    return this.current().readBuffer(path);
  }
  stat(path: string): Promise<StoredObject | null> {
    return this.current().stat(path);
  }
  remove(path: string): Promise<void> {
    return this.current().remove(path);
  }
  move(from: string, to: string): Promise<void> {
    return this.current().move(from, to);
  }
  removeDirectory(dir: string): Promise<void> {
    return this.current().removeDirectory(dir);
  }
  list(dir: string): Promise<string[]> {
    return this.current().list(dir);
  }
  localPath(path: string): string | null {
    return this.current().localPath(path);
  }
  testConnection(): Promise<void> {
    return this.current().testConnection();
  }
}

export function createFileStore(settings: () => FileSettings, opts: FileStoreOptions): ConfiguredFileStore {
  return new ConfiguredFileStore(settings, opts);
}
