import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { AppError, Errors } from '../../server/http/appError';
import { getUserById } from '../../db/queries/users';
import { canEditUser, missingAccount, requireManageSystemForAdmin } from '../../app/users/access';
import { applyProfileChanges, providerConflict, type ProfileChanges } from '../../app/users/update';
import { checkPassword } from '../../app/users/login';
import { toApiUser } from '../../app/users/serialize';
import { requestSiteUrl } from '../../app/users/params';
import { resolveUserId } from '../params';

/**
 * PUT /users/{id}: the whole profile is replaced by the body (a field left out is emptied, as
 * in Mattermost); roles, activity, secrets and authentication are never taken from it.
 */
export const updateUser: Handler<'UpdateUser'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  if (body.id !== userId) throw Errors.invalidBodyParam('user_id');
  if (!(await canEditUser(server, session, userId))) throw Errors.permission('edit_other_users');
  const prev = await getUserById(server.db, userId);
  if (!prev) throw missingAccount();
  requireManageSystemForAdmin(server, session, prev);

  const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const map = (k: string) => (body[k] && typeof body[k] === 'object' ? (body[k] as Record<string, string>) : {});
  const changes: ProfileChanges = {
    username: text('username'),
    email: text('email'),
    nickname: text('nickname'),
    first_name: text('first_name'),
    last_name: text('last_name'),
    position: text('position'),
    locale: text('locale'),
    props: map('props'),
    notify_props: map('notify_props'),
    timezone: map('timezone'),
  };
  const conflict = providerConflict(prev, changes);
  if (conflict) {
    throw new AppError('api.user.update_user.login_provider_attribute_set.app_error', `The field ${conflict} must be set through the user's login provider.`, 409, '', { Field: conflict });
  }
  if (changes.email && changes.email.toLowerCase() !== prev.email && session.user_id === userId) {
    try {
      await checkPassword(server, prev, typeof body.password === 'string' ? body.password : '');
    } catch {
      throw Errors.invalidBodyParam('password');
    }
  }
  const row = await applyProfileChanges(server, prev, changes, { siteUrl: requestSiteUrl(server, ctx.hono.req.url, { proto: ctx.hono.req.header('x-forwarded-proto'), host: ctx.hono.req.header('host') }) });
  await audit(server, ctx, '');
  return ctx.json(200, toApiUser(row, 'self', server.config.get()) as never);
};
