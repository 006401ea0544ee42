import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { connectWebSocket } from './connectWebSocket';

export const websocketHandlers: TagHandlers<'websocket'> = {
  ConnectWebSocket: connectWebSocket,
};
