import { WebSocket } from 'ws';
import { call } from '../lib/client';
import type { Random } from '../../sample-data/random';

export interface Sample {
  at: number;
  ms: number;
  ok: boolean;
}

/** What a simulated user knows and does: one session, one socket, its teams and channels. */
export class SimUser {
  token = '';
  userId = '';
  teamId = '';
  channels: string[] = [];
  otherUsers: string[] = [];
  socket: WebSocket | null = null;
  connectionId = '';
  nextSeq = 0;
  postedReceived = 0;
  gaps = 0;
  stopped = false;
  current = '';

  constructor(
    readonly base: string,
    readonly username: string,
    private readonly record: (s: Sample) => void,
  ) {}

  async timed(method: string, path: string, body?: unknown, expect = [200, 201]): Promise<{ status: number; body: string }> {
    const t0 = performance.now();
    let res = { status: 0, body: '' };
    try {
      res = await call(this.base, method, path, this.token, body);
    } finally {
      this.record({ at: Date.now(), ms: performance.now() - t0, ok: expect.includes(res.status) });
    }
    return res;
  }

  async login(password: string): Promise<void> {
    const res = await call(this.base, 'POST', '/api/v4/users/login', undefined, { login_id: this.username, password });
    if (res.status !== 200) throw new Error(`login ${this.username}: ${res.status} ${res.body.slice(0, 100)}`);
    this.token = String(res.headers.token);
    this.userId = JSON.parse(res.body).id;
    const teams = JSON.parse((await this.timed('GET', '/api/v4/users/me/teams')).body) as Array<{ id: string }>;
    this.teamId = teams[0]?.id ?? '';
    const channels = JSON.parse((await this.timed('GET', `/api/v4/users/me/teams/${this.teamId}/channels`)).body) as Array<{ id: string; type: string }>;
    this.channels = channels.filter((c) => c.type === 'O' || c.type === 'P').map((c) => c.id);
    this.current = this.channels[0] ?? '';
    const page = Math.floor(Math.random() * 5);
    const others = JSON.parse((await this.timed('GET', `/api/v4/users?page=${page}&per_page=100`)).body) as Array<{ id: string }>;
    this.otherUsers = others.map((o) => o.id).filter((id) => id !== this.userId);
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

  private onFrame(frame: { event?: string; seq?: number; data?: { connection_id?: string } }): void {
    if (frame.seq === undefined) return;
    if (frame.event === 'hello') {
      this.connectionId = frame.data?.connection_id ?? '';
      this.nextSeq = 0;
    }
    if (frame.seq !== this.nextSeq) this.gaps += 1;
    this.nextSeq = frame.seq + 1;
    if (frame.event === 'posted') this.postedReceived += 1;
  }

  async reconnect(): Promise<void> {
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
