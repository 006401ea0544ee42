import type { WebSocket } from 'ws';
import type { WsEvent } from '../events/types';
import { newId } from '../ids';

/** Mattermost keeps this many sent events per connection for replay on reconnect. */
export const REPLAY_BUFFER_SIZE = 128;
/** A socket whose send buffer grows past this is closed; the client resumes from its last seq. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export interface WsErrorBody {
  id: string;
  message: string;
  detailed_error: string;
  request_id: string;
  status_code: number;
}

/**
 * One logical WebSocket connection: it outlives its socket for a while so that a client that
 * reconnects with its connection id and next sequence number gets the events it missed.
 */
export class WebConn {
  readonly id = newId();
  private nextSeq = 0;
  private readonly replay: Array<{ seq: number; frame: string }> = [];
  private socket: WebSocket | null = null;
  disconnectedAt = 0;
  lastActivityAt = Date.now();
  readonly typingSentAt = new Map<string, number>();

  constructor(
    readonly userId: string,
    readonly sessionToken: string,
  ) {}

  get live(): boolean {
    return this.socket !== null;
  }

  attach(socket: WebSocket): void {
    this.socket = socket;
    this.disconnectedAt = 0;
  }

  /** Forgets the socket (only if it is still the current one: a resumed conn has a newer socket). */
  detach(socket: WebSocket | null = this.socket): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.disconnectedAt = Date.now();
  }

  close(code: number, reason: string): void {
    this.socket?.close(code, reason);
  }

  /** Numbers the event for this connection, keeps it for replay and sends it if connected. */
  sendEvent(event: WsEvent): void {
    const frame = JSON.stringify({ event: event.event, data: event.data, broadcast: wireBroadcast(event), seq: this.nextSeq });
    this.replay.push({ seq: this.nextSeq, frame });
    if (this.replay.length > REPLAY_BUFFER_SIZE) this.replay.shift();
    this.nextSeq += 1;
    this.write(frame);
  }

  reply(seqReply: number, data?: Record<string, unknown>): void {
    this.write(JSON.stringify({ status: 'OK', seq_reply: seqReply, ...(data ? { data } : {}) }));
  }

  replyError(seqReply: number, error: WsErrorBody): void {
    this.write(JSON.stringify({ status: 'FAIL', seq_reply: seqReply, error }));
  }

  /** Replays from `fromSeq` if the buffer still holds it; false means the client must resync. */
  resumeFrom(fromSeq: number): boolean {
    if (fromSeq === this.nextSeq) return true;
    const first = this.replay[0]?.seq ?? this.nextSeq;
    if (fromSeq < first || fromSeq > this.nextSeq) return false;
    for (const entry of this.replay) if (entry.seq >= fromSeq) this.write(entry.frame);
    return true;
  }

  private write(frame: string): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.terminate();
      return;
    }
    socket.send(frame);
  }
}

function wireBroadcast(event: WsEvent) {
  const b = event.broadcast;
  return {
    omit_users: b.omit_users ?? null,
    user_id: b.user_id ?? '',
    channel_id: b.channel_id ?? '',
    team_id: b.team_id ?? '',
    connection_id: b.connection_id ?? '',
    omit_connection_id: b.omit_connection_id ?? '',
  };
}
