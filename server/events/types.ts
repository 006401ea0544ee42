/** Who receives an event, as Mattermost's WebsocketBroadcast. Empty fields do not filter. */
export interface Broadcast {
  omit_users?: Record<string, boolean> | null;
  user_id?: string;
  channel_id?: string;
  team_id?: string;
  connection_id?: string;
  omit_connection_id?: string;
}

/** A WebSocket event before it is numbered for a connection. */
export interface WsEvent {
  event: string;
  data: Record<string, unknown>;
  broadcast: Broadcast;
}

/** Cluster-wide cache invalidations that travel beside events. */
export type Invalidation =
  | { kind: 'user_sessions'; userId: string }
  | { kind: 'session_revoked'; token: string; userId: string }
  | { kind: 'role_permissions'; roleId: string; permissions: string[]; updateAt: number };

export type BusMessage = { type: 'event'; event: WsEvent } | { type: 'invalidate'; invalidation: Invalidation };
