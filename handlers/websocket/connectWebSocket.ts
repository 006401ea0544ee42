import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/**
 * WebSocket upgrades are taken by the HTTP server before routing; a plain GET reaching this
 * handler is not an upgrade, which Mattermost's upgrader refuses with a 400.
 */
export const connectWebSocket: Handler<'ConnectWebSocket'> = async (ctx) => {
  throw new AppError('api.web_socket.connect.upgrade.app_error', 'Failed to upgrade websocket connection.', 400, '', {
    BlockedOrigin: ctx.hono.req.header('origin') ?? '',
  });
};
