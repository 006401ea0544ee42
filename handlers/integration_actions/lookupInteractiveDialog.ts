import type { Handler } from '../../server/http/handler';
import { isValidLookupUrl, lookupDialog, type SubmitDialogRequest } from '../../app/actions/dialogs';
import { invalidParam } from '../../app/integrations/common';
import { requireDialogAccess } from './dialogAccess';

/** POST /actions/dialogs/lookup: options of a dynamic select, from the integration. */
export const lookupInteractiveDialog: Handler<'LookupInteractiveDialog'> = async (ctx) => {
  const req = { ...(ctx.body as SubmitDialogRequest) };
  if (!req.url || !isValidLookupUrl(req.url)) throw invalidParam('url');
  req.user_id = ctx.session.user_id;
  await requireDialogAccess(ctx.server, ctx.session, req.channel_id, req.team_id);
  return ctx.json(200, (await lookupDialog(ctx.server, req)) as never);
};
