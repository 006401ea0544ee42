import { WebSocket } from 'ws';
import { call } from '../lib/client';
import type { Random } from '../../sample-data/random';
import type { DeliveryLedger } from './delivery';

export interface Sample {
  at: number;
  ms: number;
  ok: boolean;
  /** Method and path with ids and query values left out, e.g. `GET /api/v4/channels/:id/posts`. */
  route: string;
  /** HTTP status, or the error of a request that got no answer. */
  outcome?: string;
}

const ID_SEGMENT = /\/[a-z0-9]{26}(?=\/|$)/g;
const routeOf = (method: string, path: string) => `${method} ${path.split('?')[0].replace(ID_SEGMENT, '/:id')}`;

const POST_FIELDS = /^\{"id":"([a-z0-9]{26})","create_at":(\d+)/;

/** What a simulated user knows and does: one session, one socket, its team and channels. */
export class SimUser {
  token = '';
  userId = '';
  teamId = '';
  channels: string[] = [];
  otherUsers: string[] = [];
  socket: WebSocket | null = null;
  connectionId = '';
  nextSeq = 0;
  /** Frames skipped (a sequence number jumped ahead) and frames seen twice. */
  gaps = 0;
  duplicates = 0;
  /** posted events received per channel, for posts created at or after `countFrom` (server time). */
  readonly postedByChannel = new Map<string, number>();
  countFrom = Infinity;
  stopped = false;
  current = '';

  constructor(
    readonly base: string,
    readonly username: string,
    private readonly record: (s: Sample) => void,
    readonly ledger: DeliveryLedger,
  ) {}

  async timed(method: string, path: string, body?: unknown, expect = [200, 201]): Promise<{ status: number; body: string }> {
    const t0 = performance.now();
    let res = { status: 0, body: '' };
    let outcome = '';
    try {
      res = await call(this.base, method, path, this.token, body);
      outcome = expect.includes(res.status) ? '' : `${res.status} ${res.body.slice(0, 80)}`;
    } catch (err) {
      outcome = String(err);
      throw Object.assign(new Error(outcome), { recorded: true });
    } finally {
      this.record({ at: Date.now(), ms: performance.now() - t0, ok: outcome === '', route: routeOf(method, path), outcome });
    }
    return res;
  }

  private async get<T>(path: string): Promise<T> {
    const res = await call(this.base, 'GET', path, this.token);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
    return JSON.parse(res.body) as T;
  }

  /** Logs in and learns its team, channels and some other users; not measured. */
  async prepare(password: string, rnd: Random): Promise<void> {
    const res = await call(this.base, 'POST', '/api/v4/users/login', undefined, { login_id: this.username, password });
    if (res.status !== 200) throw new Error(`login ${this.username}: ${res.status} ${res.body.slice(0, 100)}`);
    this.token = String(res.headers.token);
    this.userId = (JSON.parse(res.body) as { id: string }).id;
    const teams = await this.get<Array<{ id: string }>>('/api/v4/users/me/teams');
    this.teamId = teams[0]?.id ?? '';
    const channels = await this.get<Array<{ id: string; type: string }>>(`/api/v4/users/me/teams/${this.teamId}/channels`);
    this.channels = channels.filter((c) => c.type === 'O' || c.type === 'P').map((c) => c.id);
    this.current = this.channels[0] ?? '';
    const others = await this.get<Array<{ id: string }>>(`/api/v4/users?page=${rnd.int(5)}&per_page=100`);
    this.otherUsers = others.map((o) => o.id).filter((id) => id !== this.userId);
  }

  /** Opens its socket; posted events are counted from posts created a second later. */
  async start(): Promise<void> {
    this.stopped = false;
    this.connectionId = '';
    this.postedByChannel.clear();
    await this.connect();
    this.countFrom = Date.now() + 1000;
  }

  connect(): Promise<void> {
    const query = this.connectionId ? `?connection_id=${this.connectionId}&sequence_number=${this.nextSeq}` : '';
    const ws = new WebSocket(`${this.base.replace('http', 'ws')}/api/v4/websocket${query}`, { headers: { Authorization: `Bearer ${this.token}` } });
    this.socket = ws;
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.on('message', (raw) => this.onFrame(JSON.parse(raw.toString())));
    });
  }

  private onFrame(frame: { event?: string; seq?: number; data?: { connection_id?: string; post?: string }; broadcast?: { channel_id?: string } }): void {
    if (frame.seq === undefined) return;
    if (frame.event === 'hello') {
      if (this.connectionId && frame.data?.connection_id !== this.connectionId) this.gaps += 1; // resumption refused: events lost
      this.connectionId = frame.data?.connection_id ?? '';
      this.nextSeq = 0;
    }
    if (frame.seq < this.nextSeq) {
      this.duplicates += 1;
      return;
    }
    if (frame.seq > this.nextSeq) this.gaps += 1;
    this.nextSeq = frame.seq + 1;
    if (frame.event === 'posted') this.countPosted(frame.data?.post ?? '');
  }

  private countPosted(postJson: string): void {
    const m = POST_FIELDS.exec(postJson);
    if (!m || Number(m[2]) < this.countFrom) return;
    const channelId = /"channel_id":"([a-z0-9]{26})"/.exec(postJson)?.[1] ?? '';
    this.postedByChannel.set(channelId, (this.postedByChannel.get(channelId) ?? 0) + 1);
  }

  async reconnect(): Promise<void> {
    // Frames still arriving on the old socket are not read: the new one resumes after the last read.
    this.socket?.removeAllListeners('message');
    this.socket?.close();
    await this.connect();
  }

  close(): void {
    this.stopped = true;
    this.socket?.close();
  }

  pick(rnd: Random): string {
    return rnd.pick(this.channels);
  }
}
