import type { Handler } from '../../server/http/handler';
import { TOKEN_TYPE_GUEST_INVITATION, TOKEN_TYPE_TEAM_INVITATION } from '../../app/tokens/tokens';
import { deleteTokensOfType } from '../../db/queries/teamLists';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { INVALIDATE_EMAIL_INVITE } from '../../server/permissions/permissionIds';

/** Mattermost's invalidateAllEmailInvites: every outstanding team and guest invitation token goes. */
export const invalidateEmailInvites: Handler<'InvalidateEmailInvites'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, INVALIDATE_EMAIL_INVITE);
  await ctx.server.db.transaction(async (tx) => {
    await deleteTokensOfType(tx, TOKEN_TYPE_TEAM_INVITATION);
    await deleteTokensOfType(tx, TOKEN_TYPE_GUEST_INVITATION);
  });
  return ctx.json(200, { status: 'OK' });
};
