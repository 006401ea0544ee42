import type { Handler } from '../../server/http/handler';
import { restoreFakeSettings, sanitizeConfig, type MattermostConfig } from '../../server/config';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM, requireObjectBody } from './configBody';

export const updateConfig: Handler<'UpdateConfig'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const incoming = requireObjectBody(ctx.body) as unknown as MattermostConfig;
  const next = restoreFakeSettings(incoming, ctx.server.config.storedConfig());
  const saved = await ctx.server.config.save(next);
  return ctx.json(200, sanitizeConfig(saved) as never);
};
