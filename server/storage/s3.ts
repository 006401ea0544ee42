/**
 * Files in S3-compatible object storage (@aws-sdk/client-s3). Writes stream through a multipart
 * upload (parts of AmazonS3UploadPartSizeBytes, at least 5 MiB, two in flight), so memory stays
 * bounded whatever the size; a failed write aborts the multipart upload and leaves no object.
 */
import { randomBytes } from 'node:crypto';
import { Readable, Transform, pipeline } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { checkDir, checkKey, FileNotFoundError, type AppendResult, type ByteRange, type FileStore, type StoredObject } from './types';

export interface S3Settings {
  bucket: string;
  /** host[:port], as Mattermost's AmazonS3Endpoint (no scheme). */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  pathPrefix: string;
  ssl: boolean;
  sse: boolean;
  partSize: number;
  requestTimeoutMs: number;
}

const MIN_PART_SIZE = 5 * 1024 * 1024;

export class S3FileStore implements FileStore {
  readonly driver = 'amazons3' as const;
  readonly client: S3Client;
  private readonly prefix: string;

  constructor(readonly settings: S3Settings) {
    const host = settings.endpoint.replace(/^https?:\/\//, '');
    const isAws = host === '' || /(^|\.)amazonaws\.com(\.cn)?$/.test(host.split(':')[0]);
    this.client = new S3Client({
      region: settings.region || 'us-east-1',
      endpoint: host ? `${settings.ssl ? 'https' : 'http'}://${host}` : undefined,
      forcePathStyle: !isAws,
      credentials: settings.accessKeyId ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
      // S3-compatible servers do not all understand the SDK's default trailing checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { requestTimeout: settings.requestTimeoutMs > 0 ? settings.requestTimeoutMs : undefined },
    });
    this.prefix = settings.pathPrefix.replace(/^\/+|\/+$/g, '');
  }

  private key(path: string): string {
    const key = checkKey(path);
    return this.prefix ? `${this.prefix}/${key}` : key;
  }

  async write(path: string, data: Readable | Uint8Array): Promise<number> {
    const key = this.key(path);
    let count = 0;
    let sourceError: unknown;
    let body: Readable | Uint8Array = data;
    if (!(data instanceof Uint8Array)) {
      const counter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          count += chunk.length;
          cb(null, chunk);
        },
      });
      pipeline(data, counter, (err) => {
        if (err) sourceError = err;
      });
      body = counter;
    } else {
      count = data.byteLength;
    }
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key: key, Body: body, ...(this.settings.sse ? { ServerSideEncryption: 'AES256' as const } : {}) },
      partSize: Math.max(MIN_PART_SIZE, this.settings.partSize || 0),
      queueSize: 2,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (err) {
      await this.remove(path).catch(() => {});
      throw sourceError ?? err;
    }
    if (sourceError) {
      await this.remove(path).catch(() => {});
      throw sourceError;
    }
    return count;
  }

  async append(path: string, data: Readable | Uint8Array): Promise<AppendResult> {
    const existing = await this.stat(path);
    if (!existing) {
      try {
        return { written: await this.write(path, data) };
      } catch (error) {
        return { written: 0, error };
      }
    }
    // No append in S3: write old + new to a temporary key, then copy it over the original.
    const temp = `${checkKey(path)}.append-${randomBytes(6).toString('hex')}`;
    const previous = await this.read(path);
    const source = data instanceof Uint8Array ? Readable.from([data]) : data;
    const combined = Readable.from(
      (async function* () {
        yield* previous;
        yield* source;
      })(),
    );
    let total: number;
    try {
      total = await this.write(temp, combined);
    } catch (error) {
      previous.destroy();
      return { written: 0, error };
    }
    await this.copy(temp, path);
    await this.remove(temp);
    return { written: total - existing.size };
  }

  async read(path: string, range?: ByteRange): Promise<Readable> {
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(path), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      return out.Body as Readable;
    } catch (err) {
      if (isNotFound(err)) throw new FileNotFoundError(path);
      throw err;
    }
  }

  async readBuffer(path: string): Promise<Buffer> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(path) }));
      return Buffer.from(await out.Body!.transformToByteArray());
    } catch (err) {
      if (isNotFound(err)) throw new FileNotFoundError(path);
      throw err;
    }
  }

  async stat(path: string): Promise<StoredObject | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.key(path) }));
      return { size: Number(out.ContentLength ?? 0), modified: out.LastModified ?? new Date(0) };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async remove(path: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(path) }));
  }

  async move(from: string, to: string): Promise<void> {
    if (!(await this.stat(from))) throw new FileNotFoundError(from);
    await this.copy(from, to);
    await this.remove(from);
  }

  async removeDirectory(dir: string): Promise<void> {
    if (checkDir(dir) === '') throw new Error('refusing to remove the storage root');
    for (const key of await this.list(dir)) await this.remove(key);
  }

  async list(dir: string): Promise<string[]> {
    const rel = checkDir(dir);
    const base = [this.prefix, rel].filter(Boolean).join('/');
    const prefix = base ? `${base}/` : '';
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const out = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const obj of out.Contents ?? []) {
        if (obj.Key) keys.push(this.prefix ? obj.Key.slice(this.prefix.length + 1) : obj.Key);
      }
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }

  localPath(): null {
    return null;
  }

  async testConnection(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
  }

  private async copy(from: string, to: string): Promise<void> {
    const source = `${this.settings.bucket}/${this.key(from)}`.split('/').map(encodeURIComponent).join('/');
    await this.client.send(new CopyObjectCommand({ Bucket: this.settings.bucket, Key: this.key(to), CopySource: source }));
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
