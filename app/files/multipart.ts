/**
 * A streaming multipart/form-data reader (busboy): parts come one at a time, in order, and a
 * file part's bytes are read from the request as the consumer reads them, so memory does not
 * grow with the file. Form values are capped at 10 KiB, as Mattermost reads them.
 */
import { Readable } from 'node:stream';
import busboy from 'busboy';

export const MAX_FORM_VALUE_BYTES = 10 * 1024;

export type Part =
  | { kind: 'field'; name: string; value: string }
  | { kind: 'file'; name: string; filename: string; stream: Readable };

export function isMultipart(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'multipart/form-data';
}

/** Whether a multipart Content-Type carries the boundary the body needs. */
export function hasBoundary(contentType: string): boolean {
  return /;\s*boundary=/i.test(contentType);
}

export class MultipartError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'MultipartError';
  }
}

/** Reads up to `max` bytes of a part as text and discards the rest. */
async function readValue(stream: Readable, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    if (size < max) {
      const take = (chunk as Buffer).subarray(0, max - size);
      chunks.push(Buffer.from(take));
      size += take.length;
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The parts of a multipart body. A file part must be consumed (or is drained) before the next
 * part is read; stopping the iteration stops reading the request.
 */
export async function* multipartParts(body: ReadableStream<Uint8Array> | null, contentType: string): AsyncGenerator<Part> {
  if (!body) throw new MultipartError('no request body');
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { 'content-type': contentType }, limits: { fieldSize: MAX_FORM_VALUE_BYTES, parts: 10_000 } });
  } catch (err) {
    throw new MultipartError((err as Error).message, err);
  }
  const queue: Array<{ kind: 'field'; name: string; value: string } | { kind: 'file'; name: string; filename: string; stream: Readable } | Error | null> = [];
  let wake: (() => void) | undefined;
  const push = (item: (typeof queue)[number]) => {
    queue.push(item);
    wake?.();
    wake = undefined;
  };
  parser.on('field', (name, value) => push({ kind: 'field', name, value }));
  parser.on('file', (name, stream, info) => {
    // The parser reports a broken body itself; a part it abandons must not crash the process.
    stream.on('error', () => {});
    push({ kind: 'file', name, filename: info.filename ?? '', stream });
  });
  parser.on('close', () => push(null));
  parser.on('error', (err) => push(err instanceof Error ? err : new Error(String(err))));
  parser.on('partsLimit', () => parser.destroy(new MultipartError('too many parts')));

  const source = Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>);
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);

  let current: Readable | undefined;
  try {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const item = queue.shift()!;
      if (item === null) return;
      if (item instanceof Error) throw item instanceof MultipartError ? item : new MultipartError(item.message, item);
      if (item.kind === 'file' && item.filename === '') {
        // A part without a file name is a form value, as in Go's multipart reader.
        yield { kind: 'field', name: item.name, value: await readValue(item.stream, MAX_FORM_VALUE_BYTES) };
        continue;
      }
      current = item.kind === 'file' ? item.stream : undefined;
      yield item;
      if (current && !current.readableEnded && !current.destroyed) current.resume();
      current = undefined;
    }
  } finally {
    if (current && !current.destroyed) current.resume();
    source.unpipe(parser);
    parser.destroy();
    discardRest(source);
  }
}

/**
 * Stops using a request body without destroying it: what is left is read and thrown away, so
 * that the client still receives the answer (an early 403 or 413) before the connection is
 * recycled; the HTTP layer cuts the connection if the client keeps sending for long.
 */
export function discardRest(source: Readable): void {
  if (source.readableEnded || source.destroyed) return;
  source.on('error', () => {});
  source.on('data', () => {});
  source.resume();
}

export class FormTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`form larger than ${limit} bytes`);
    this.name = 'FormTooLarge';
  }
}

export interface SmallForm {
  fields: Record<string, string[]>;
  files: Record<string, Array<{ filename: string; data: Buffer }>>;
}

/**
 * A whole form in memory, for the small uploads (profile images, team icons, emoji): files
 * together may not exceed `limit` bytes (FormTooLarge), and reading stops there.
 */
export async function readSmallForm(body: ReadableStream<Uint8Array> | null, contentType: string, limit: number): Promise<SmallForm> {
  const form: SmallForm = { fields: {}, files: {} };
  let total = 0;
  for await (const part of multipartParts(body, contentType)) {
    if (part.kind === 'field') {
      (form.fields[part.name] ??= []).push(part.value);
      continue;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of part.stream) {
      total += (chunk as Buffer).length;
      if (total > limit) throw new FormTooLarge(limit);
      chunks.push(chunk as Buffer);
    }
    (form.files[part.name] ??= []).push({ filename: part.filename, data: Buffer.concat(chunks) });
  }
  return form;
}
