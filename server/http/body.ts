import type { Context } from 'hono';
import { Errors } from './appError';

/** Reads the whole body as text, refusing (413) past `limit` bytes whatever Content-Length claims. */
export async function readBodyText(c: Context, limit: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > limit) throw Errors.bodyTooLarge(limit);
  const stream = c.req.raw.body;
  if (!stream) return '';
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw Errors.bodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON or form body; undefined when empty. Malformed JSON is a 400 AppError. */
export async function readParsedBody(c: Context, limit: number): Promise<unknown> {
  const text = await readBodyText(c, limit);
  if (text.trim() === '') return undefined;
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch (err) {
    throw Errors.malformedJson((err as Error).message);
  }
}
