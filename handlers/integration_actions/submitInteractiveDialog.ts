import type { Handler } from '../../server/http/handler';
import { submitDialog, type SubmitDialogRequest } from '../../app/actions/dialogs';
import { invalidParam } from '../../app/integrations/common';
import { requireDialogAccess } from './dialogAccess';

/** POST /actions/dialogs/submit: the submission goes to the dialog's URL as the caller; its answer (e.g. field errors) comes back. */
export const submitInteractiveDialog: Handler<'SubmitInteractiveDialog'> = async (ctx) => {
  const req = { ...(ctx.body as SubmitDialogRequest) };
  if (!req.url) throw invalidParam('url');
  req.user_id = ctx.session.user_id;
  await requireDialogAccess(ctx.server, ctx.session, req.channel_id, req.team_id);
  return ctx.json(200, (await submitDialog(ctx.server, req)) as never);
};
