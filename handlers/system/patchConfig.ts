import type { Handler } from '../../server/http/handler';
import { patchConfig as mergePatch, restoreFakeSettings, sanitizeConfig } from '../../server/config';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM, requireObjectBody } from './configBody';

export const patchConfig: Handler<'PatchConfig'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const stored = ctx.server.config.storedConfig();
  const patch = restoreFakeSettings(requireObjectBody(ctx.body) as never, stored);
  const saved = await ctx.server.config.save(mergePatch(stored, patch));
  return ctx.json(200, sanitizeConfig(saved) as never);
};
