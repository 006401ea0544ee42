/**
 * A real HTTP server on 127.0.0.1 standing in for an integration: it records every request
 * (method, path, headers, raw body, parsed form or JSON) and answers with what the test set.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  raw: string;
  json?: any;
  form?: Record<string, string>;
}

export interface Answer {
  status?: number;
  contentType?: string;
  body?: unknown;
  delayMs?: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** How to answer the next requests (a function sees each request). */
  answer: Answer | ((req: Received) => Answer | Promise<Answer>);
  /** Resolves with the n-th request (1-based) once it has arrived. */
  waitFor(n?: number, timeoutMs?: number): Promise<Received>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  const state: Receiver = {
    url: '',
    received,
    answer: { status: 200, body: '' },
    async waitFor(n = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`receiver got ${received.length} requests, waited for ${n}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received[n - 1];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const entry: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, raw };
    const type = String(req.headers['content-type'] ?? '');
    if (type.startsWith('application/json') && raw) entry.json = JSON.parse(raw);
    if (type.startsWith('application/x-www-form-urlencoded')) entry.form = Object.fromEntries(new URLSearchParams(raw));
    received.push(entry);
    for (const w of waiters.splice(0)) w();
    const answer = typeof state.answer === 'function' ? await state.answer(entry) : state.answer;
    if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status ?? 200, { 'Content-Type': answer.contentType ?? (typeof answer.body === 'string' ? 'text/plain' : 'application/json') });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/** Polls until `check` returns a value (not undefined), or fails after the timeout. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
