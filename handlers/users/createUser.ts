import type { Handler } from '../../server/http/handler';
import { createUser as createUserApp, type NewUserInput } from '../../app/users/createUser';
import { toApiUser } from '../../app/users/serialize';
import { hasSystemPermission } from '../../server/permissions/check';
import { Errors } from '../../server/http/appError';
import { AppError } from '../../server/http/appError';

export const createUser: Handler<'CreateUser'> = async (ctx) => {
  const query = ctx.query as { t?: string; iid?: string };
  if (query.t || query.iid) {
    // Sign-up through an email token or a team invite joins a team: built with teams.
    throw new AppError('api.user.create_user.invite_not_implemented.app_error', 'Signing up through an invitation is not implemented by this server yet.', 501);
  }
  if (!ctx.body || typeof ctx.body !== 'object') throw Errors.invalidBodyParam('user');
  const asAdmin = hasSystemPermission(ctx.server, ctx.session, 'manage_system');
  const row = await createUserApp(ctx.server, ctx.body as NewUserInput, { asAdmin });
  return ctx.json(201, toApiUser(row, 'self', ctx.server.config.get()) as never);
};
