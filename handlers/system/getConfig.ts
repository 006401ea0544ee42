import type { Handler } from '../../server/http/handler';
import { sanitizeConfig } from '../../server/config';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from './configBody';

export const getConfig: Handler<'GetConfig'> = (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  return ctx.json(200, sanitizeConfig(ctx.server.config.get()) as never);
};
