import type { Handler } from '../../server/http/handler';
import { listApps } from '../../app/oauth/apps';
import { paging } from '../../app/integrations/common';

export const getOAuthApps: Handler<'GetOAuthApps'> = async (ctx) => {
  const { offset, perPage } = paging(ctx.query);
  return ctx.json(200, (await listApps(ctx.server, ctx.session, offset, perPage)) as never);
};
