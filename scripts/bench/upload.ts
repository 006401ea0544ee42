/**
 * Large uploads stream: a 500 MiB file goes to the server as a raw body and as a multipart form,
 * and comes back as a download, while the server's resident memory is sampled. The server runs
 * in a child process (embedded PGlite in memory, local file storage in a temporary directory);
 * its RSS before, its peak during each transfer and the growth are reported, and the run fails
 * when the growth passes the bound (memory must not follow the file size).
 *
 *   npx tsx scripts/bench/upload.ts                 (500 MiB)
 *   UPLOAD_MB=100 npx tsx scripts/bench/upload.ts   (another size)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE_MB = Number(process.env.UPLOAD_MB ?? 500);
const SIZE = SIZE_MB * 1024 * 1024;
/** Largest growth of the server's RSS a transfer may cause, whatever its size. */
const MAX_GROWTH_MB = Number(process.env.MAX_GROWTH_MB ?? 96);

/** Child: the server, on an ephemeral port printed to stdout. */
async function serve(): Promise<void> {
  const { serve: listen } = await import('@hono/node-server');
  const { createServer } = await import('../../server/createServer');
  const running = await createServer({
    filesDir: process.env.BENCH_FILES_DIR!,
    env: { MM_FILESETTINGS_MAXFILESIZE: String(SIZE + 1024 * 1024) },
    log: () => {},
  });
  const http = listen({ fetch: running.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
  });
  process.on('SIGTERM', () => {
    http.close();
    void running.close().then(() => process.exit(0));
  });
}

function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Samples the child's RSS every 25 ms while `work` runs. */
async function sampled<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; before: number; peak: number; ms: number }> {
  const before = memory(pid).rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, memory(pid).rss);
  }, 25);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, memory(pid).rss);
    return { result, before, peak, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

async function api<T = any>(base: string, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; headers: Headers; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

/** The file's bytes: a 1 MiB random block repeated (generated as it is sent, never held whole). */
const block = randomBytes(1024 * 1024);
function expectedHash(): string {
  const h = createHash('sha256');
  for (let sent = 0; sent < SIZE; sent += block.length) h.update(block.subarray(0, Math.min(block.length, SIZE - sent)));
  return h.digest('hex');
}

/** POSTs `prefix`, SIZE bytes of the file, then `suffix`, honouring back-pressure. */
function post(port: number, path: string, token: string, headers: Record<string, string>, prefix = Buffer.alloc(0), suffix = Buffer.alloc(0)): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { ...headers, Authorization: `Bearer ${token}`, 'Content-Length': String(prefix.length + SIZE + suffix.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString() || 'null') }));
      },
    );
    req.on('error', reject);
    let sent = 0;
    const pump = () => {
      while (sent < SIZE) {
        const chunk = block.subarray(0, Math.min(block.length, SIZE - sent));
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end(suffix);
    };
    req.write(prefix);
    pump();
  });
}

function download(port: number, path: string, token: string): Promise<{ status: number; bytes: number; hash: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      const h = createHash('sha256');
      let bytes = 0;
      res.on('data', (c: Buffer) => {
        bytes += c.length;
        h.update(c);
      });
      res.on('end', () => resolve({ status: res.statusCode!, bytes, hash: h.digest('hex') }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function startChild(filesDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'], {
    env: { ...process.env, BENCH_FILES_DIR: filesDir, UPLOAD_MB: String(SIZE_MB) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line).port);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  return { child, port };
}

async function main(): Promise<void> {
  const filesDir = mkdtempSync(join(tmpdir(), 'mm-bench-files-'));
  const { child, port } = await startChild(filesDir);
  const base = `http://127.0.0.1:${port}`;
  const failures: string[] = [];
  try {
    const user = { username: 'bench', email: 'bench@example.com', password: 'Passw0rd!bench' };
    await api(base, 'POST', '/api/v4/users', user);
    const login = await api(base, 'POST', '/api/v4/users/login', { login_id: user.username, password: user.password });
    const token = login.headers.get('token')!;
    const team = await api(base, 'POST', '/api/v4/teams', { name: 'bench', display_name: 'Bench', type: 'O' }, token);
    const channel = await api(base, 'GET', `/api/v4/teams/${team.body.id}/channels/name/town-square`, undefined, token);
    const channelId: string = channel.body.id;
    const pid = child.pid!;
    const hash = expectedHash();

    // Warm up (first request of each operation compiles its validator, loads sharp...).
    await post(port, `/api/v4/files?channel_id=${channelId}&filename=warm.bin`, token, { 'Content-Type': 'application/octet-stream' });
    await new Promise((r) => setTimeout(r, 500));
    const idle = memory(pid).rss;

    const rows: Array<{ what: string; ms: number; before: number; peak: number }> = [];
    const hwmAfterWarmUp = memory(pid).hwm;
    const raw = await sampled(pid, () => post(port, `/api/v4/files?channel_id=${channelId}&filename=big.bin`, token, { 'Content-Type': 'application/octet-stream' }));
    if (raw.result.status !== 201) failures.push(`raw upload answered ${raw.result.status}`);
    rows.push({ what: `upload ${SIZE_MB} MiB, raw body`, ...raw });

    const boundary = 'benchboundary7d3f';
    const prefix = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="channel_id"\r\n\r\n${channelId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big-multipart.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    );
    const suffix = Buffer.from(`\r\n--${boundary}--\r\n`);
    const multi = await sampled(pid, () => post(port, '/api/v4/files', token, { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, prefix, suffix));
    if (multi.result.status !== 201) failures.push(`multipart upload answered ${multi.result.status}`);
    rows.push({ what: `upload ${SIZE_MB} MiB, multipart`, ...multi });

    const fileId: string = multi.result.body?.file_infos?.[0]?.id;
    const dl = await sampled(pid, () => download(port, `/api/v4/files/${fileId}`, token));
    if (dl.result.bytes !== SIZE || dl.result.hash !== hash) failures.push(`download returned ${dl.result.bytes} bytes, hash ${dl.result.hash === hash ? 'ok' : 'different'}`);
    rows.push({ what: `download ${SIZE_MB} MiB`, ...dl });

    const hwm = memory(pid).hwm;
    console.log(
      `server idle RSS after warm-up: ${idle.toFixed(0)} MiB; peak RSS (VmHWM) ${hwmAfterWarmUp.toFixed(0)} MiB before the transfers ` +
        `(start-up: PGlite, migrations), ${hwm.toFixed(0)} MiB after them`,
    );
    for (const r of rows) {
      const growth = r.peak - r.before;
      const speed = SIZE_MB / (r.ms / 1000);
      console.log(
        `${r.what.padEnd(28)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${speed.toFixed(0).padStart(5)} MiB/s  ` +
          `RSS before ${r.before.toFixed(0)} MiB, peak ${r.peak.toFixed(0)} MiB, growth ${growth.toFixed(0)} MiB`,
      );
      if (growth > MAX_GROWTH_MB) failures.push(`${r.what}: RSS grew ${growth.toFixed(0)} MiB (bound ${MAX_GROWTH_MB} MiB)`);
    }
    console.log(JSON.stringify({ sizeMiB: SIZE_MB, idleRssMiB: Math.round(idle), peakRssMiB: Math.round(hwm), peakRssBeforeTransfersMiB: Math.round(hwmAfterWarmUp), runs: rows.map((r) => ({ what: r.what, ms: Math.round(r.ms), rssBeforeMiB: Math.round(r.before), rssPeakMiB: Math.round(r.peak) })) }));
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(filesDir, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`FAILED: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log('ok: memory stayed flat');
}

if (process.argv.includes('--serve')) await serve();
else await main();
