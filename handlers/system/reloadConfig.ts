import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from './configBody';

export const reloadConfig: Handler<'ReloadConfig'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  await ctx.server.config.load();
  return ctx.json(200, { status: 'OK' } as never);
};
