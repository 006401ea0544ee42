import type { Handler } from '../../server/http/handler';
import { createUser as createUserApp, type NewUserInput } from '../../app/users/createUser';
import { checkGuestInvitation, createUserWithInviteId, createUserWithToken, getSignupToken } from '../../app/users/inviteSignup';
import { toApiUser } from '../../app/users/serialize';
import { hasSystemPermission } from '../../server/permissions/check';
import { Errors } from '../../server/http/appError';

/**
 * Mattermost's createUser: `t` signs up through an emailed invitation, `iid` through a team's
 * invite link (both join the team); otherwise an admin's creation or an open sign-up.
 */
export const createUser: Handler<'CreateUser'> = async (ctx) => {
  if (!ctx.body || typeof ctx.body !== 'object') throw Errors.invalidBodyParam('user');
  const input = ctx.body as NewUserInput;
  const asAdmin = hasSystemPermission(ctx.server, ctx.session, 'manage_system');
  // SanitizeInput: only an admin may create an account with its address already verified.
  if (!asAdmin) delete input.email_verified;
  const query = ctx.query as { t?: string; iid?: string };
  let row;
  if (query.t) {
    const token = await getSignupToken(ctx.server, query.t);
    checkGuestInvitation(ctx.server, token);
    row = await createUserWithToken(ctx.server, input, token);
  } else if (query.iid) {
    row = await createUserWithInviteId(ctx.server, input, query.iid);
  } else {
    row = await createUserApp(ctx.server, input, { asAdmin });
  }
  return ctx.json(201, toApiUser(row, 'self', ctx.server.config.get()) as never);
};
