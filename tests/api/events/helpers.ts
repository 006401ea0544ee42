/**
 * Shared by the event tests: one raw socket per persona, a record of everything published on
 * the bus, and a barrier that proves every earlier event has been delivered (the hub delivers
 * in publish order, so once each socket has the barrier frame, an absent event is absent).
 */
import { expect } from 'vitest';
import type { TestServer } from '../../helpers/testServer';
import type { World } from '../../helpers/world';
import { rawSocket, waitUntil, type Frame } from '../../helpers/wsClient';
import type { WsEvent } from '../../../server/events/types';

export type Socket = Awaited<ReturnType<typeof rawSocket>>;
export type Who = 'admin' | 'teamAdmin' | 'member' | 'guest' | 'outsider';
export const EVERYONE: Who[] = ['admin', 'teamAdmin', 'member', 'guest', 'outsider'];

export interface EventHarness {
  sockets: Record<string, Socket>;
  /** Everything published on the bus since the server started. */
  published: WsEvent[];
  /** Opens a socket for an extra user (e.g. one made by a test); it joins the barrier. */
  connect(name: string, token: string): Promise<Socket>;
  /** Frames of one event a persona's socket received, optionally filtered. */
  frames(who: string, name: string, match?: (f: Frame) => boolean): Frame[];
  /** Waits until every earlier event has reached every socket. */
  barrier(): Promise<void>;
  /** Events published while `action` ran (`names` to keep only some). */
  during(action: () => Promise<unknown>, names?: string[]): Promise<WsEvent[]>;
  close(): void;
}

let barriers = 0;

export async function eventHarness(t: TestServer, w: World, url: string, who: Who[] = EVERYONE): Promise<EventHarness> {
  const server = t.running.context;
  const published: WsEvent[] = [];
  server.events.onEvent((e) => published.push(e));
  const sockets: Record<string, Socket> = {};
  const connect = async (name: string, token: string) => {
    const s = await rawSocket(url, { token });
    await s.event('hello');
    sockets[name] = s;
    return s;
  };
  for (const p of who) {
    const s = await connect(p, w.tokens[p]!);
    // Connecting brings the user online; let that settle before the tests watch for events.
    await s.event('status_change').catch(() => undefined);
  }

  const isBarrier = (f: Frame, n: number) => f.event === 'role_updated' && JSON.parse(f.data.role).name === `barrier_${n}`;
  return {
    sockets,
    published,
    connect,
    frames: (name, event, match) => sockets[name].frames.filter((f) => f.event === event && (!match || match(f))),
    async barrier() {
      barriers += 1;
      const n = barriers;
      // A frame every connection receives; role_updated is in the contract and harmless to clients.
      server.events.publish({ event: 'role_updated', data: { role: JSON.stringify({ name: `barrier_${n}` }) }, broadcast: {} });
      for (const [name, s] of Object.entries(sockets)) {
        if (s.socket.readyState !== s.socket.OPEN) continue;
        await waitUntil(() => s.frames.some((f) => isBarrier(f, n)), 5000, `barrier ${n} at ${name}`);
      }
    },
    async during(action, names) {
      const from = published.length;
      await action();
      const got = published.slice(from);
      return names ? got.filter((e) => names.includes(e.event)) : got;
    },
    close() {
      for (const s of Object.values(sockets)) s.close();
    },
  };
}

/** Asserts the request failed with the status and published none of the named events. */
export async function expectFailsSilently(h: EventHarness, names: string[], request: () => Promise<{ status: number; body: any }>, status: number, id?: string) {
  let res: { status: number; body: any } | undefined;
  const events = await h.during(async () => {
    res = await request();
  }, names);
  expect(res!.status, JSON.stringify(res!.body)).toBe(status);
  if (id) expect(res!.body.id).toBe(id);
  expect(events.map((e) => e.event)).toEqual([]);
}
