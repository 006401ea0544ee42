/**
 * The transform every upload streams through on its way to storage: it counts bytes, refuses
 * past the size limit, and keeps the first bytes (64 KiB, or 1 MiB of text for the search
 * index) so that the type, the image header and the content can be read without a second pass.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { looksLikeText, SNIFF_BYTES } from './sniff';

export const HEAD_BYTES = 64 * 1024;
export const CONTENT_BYTES = 1024 * 1024;

export class SizeLimitExceeded extends Error {
  constructor(readonly received: number, readonly limit: number) {
    super(`upload exceeds ${limit} bytes`);
    this.name = 'SizeLimitExceeded';
  }
}

export class UploadMeter extends Transform {
  bytes = 0;
  private readonly kept: Buffer[] = [];
  private keptBytes = 0;
  private keep = HEAD_BYTES;
  private decided = false;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      cb(new SizeLimitExceeded(this.bytes, this.limit));
      return;
    }
    if (this.keptBytes < this.keep) {
      const take = chunk.subarray(0, this.keep - this.keptBytes);
      this.kept.push(Buffer.from(take));
      this.keptBytes += take.length;
      if (!this.decided && this.keptBytes >= SNIFF_BYTES) this.decide();
    }
    cb(null, chunk);
  }

  /** Text files keep up to CONTENT_BYTES for content search; others only the header. */
  private decide(): void {
    this.decided = true;
    if (looksLikeText(this.head().subarray(0, SNIFF_BYTES))) this.keep = CONTENT_BYTES;
  }

  /** The first bytes received (up to 64 KiB, or 1 MiB for text). */
  head(): Buffer {
    if (this.kept.length > 1) this.kept.splice(0, this.kept.length, Buffer.concat(this.kept));
    return this.kept[0] ?? Buffer.alloc(0);
  }
}
