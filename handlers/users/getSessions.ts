import type { Handler } from '../../server/http/handler';
import { getSessionsForUser } from '../../db/queries/sessions';
import { requireEditUser } from '../../app/users/access';
import { resolveUserId } from '../params';

/** The user's sessions, tokens blanked (Mattermost's Session.Sanitize). */
export const getSessions: Handler<'GetSessions'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requireEditUser(ctx.server, ctx.session, userId);
  const rows = await getSessionsForUser(ctx.server.db, userId);
  const out = rows.map((r) => ({
    id: r.id,
    token: '',
    create_at: r.createAt,
    expires_at: r.expiresAt,
    last_activity_at: r.lastActivityAt,
    user_id: r.userId,
    device_id: r.deviceId,
    roles: r.roles,
    is_oauth: r.isOAuth,
    expired_notify: r.expiredNotify,
    props: r.props,
    local: false,
  }));
  return ctx.json(200, out as never);
};
