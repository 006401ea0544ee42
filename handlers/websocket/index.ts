import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const websocketHandlers: TagHandlers<'websocket'> = {
  ConnectWebSocket: notImplemented,
};
