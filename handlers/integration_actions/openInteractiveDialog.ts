import type { Handler } from '../../server/http/handler';
import { openDialog, type OpenDialogRequest } from '../../app/actions/dialogs';
import { invalidParam } from '../../app/integrations/common';

/** POST /actions/dialogs/open: no session needed, the trigger id names the user (and expires). */
export const openInteractiveDialog: Handler<'OpenInteractiveDialog'> = async (ctx) => {
  const req = ctx.body as OpenDialogRequest;
  if (!req.url) throw invalidParam('url');
  await openDialog(ctx.server, req);
  return ctx.json(200, { status: 'OK' });
};
