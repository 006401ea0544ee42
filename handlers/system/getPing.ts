import type { Handler } from '../../server/http/handler';
import { hasSystemPermission } from '../../server/permissions/check';

export const getPing: Handler<'GetPing'> = async (ctx) => {
  const body: Record<string, unknown> = {
    status: 'OK',
    ActiveSearchBackend: 'database',
    AndroidLatestVersion: '',
    AndroidMinVersion: '',
    IosLatestVersion: '',
    IosMinVersion: '',
  };
  const wantsStatus = String((ctx.query as { get_server_status?: unknown }).get_server_status) === 'true';
  if (wantsStatus && hasSystemPermission(ctx.server, ctx.session, 'manage_system')) {
    body.database_status = 'OK';
    body.filestore_status = 'OK';
  }
  return ctx.json(200, body as never);
};
