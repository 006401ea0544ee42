import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { AppError, Errors } from '../../server/http/appError';
import { getUserById } from '../../db/queries/users';
import { canEditUser, requireManageSystemForAdmin } from '../../app/users/access';
import { applyProfileChanges, providerConflict, type ProfileChanges } from '../../app/users/update';
import { checkPassword } from '../../app/users/login';
import { toApiUser } from '../../app/users/serialize';
import { requestSiteUrl } from '../../app/users/params';
import { resolveUserId } from '../params';
import { setManualStatus, setOutOfOffice, STATUS_ONLINE } from '../../app/status/status';

const STRING_FIELDS = ['username', 'email', 'nickname', 'first_name', 'last_name', 'position', 'locale', 'password'] as const;

export const patchUser: Handler<'PatchUser'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const patch = (ctx.body ?? {}) as Record<string, unknown>;
  for (const f of STRING_FIELDS) if (patch[f] !== undefined && patch[f] !== null && typeof patch[f] !== 'string') throw Errors.invalidBodyParam('user');
  if (!(await canEditUser(server, session, userId))) throw Errors.permission('edit_other_users');
  const prev = await getUserById(server.db, userId);
  if (!prev) throw Errors.invalidBodyParam('user_id');
  requireManageSystemForAdmin(server, session, prev);

  const changes: ProfileChanges = {};
  for (const f of ['username', 'email', 'nickname', 'first_name', 'last_name', 'position', 'locale'] as const) {
    if (typeof patch[f] === 'string') changes[f] = patch[f] as string;
  }
  for (const f of ['props', 'notify_props', 'timezone'] as const) {
    if (patch[f] !== undefined && patch[f] !== null) changes[f] = patch[f] as Record<string, string>;
  }
  const conflict = providerConflict(prev, changes);
  if (conflict) {
    throw new AppError('api.user.patch_user.login_provider_attribute_set.app_error', `The field ${conflict} must be set through the user's login provider.`, 409, '', { Field: conflict });
  }
  // changing one's own email needs one's password
  if (changes.email !== undefined && changes.email !== prev.email && session.user_id === userId) {
    if (typeof patch.password !== 'string') throw Errors.invalidBodyParam('password');
    await checkPassword(server, prev, patch.password);
  }
  const row = await applyProfileChanges(server, prev, changes, { siteUrl: requestSiteUrl(server, ctx.hono.req.url, { proto: ctx.hono.req.header('x-forwarded-proto'), host: ctx.hono.req.header('host') }) });
  // Mattermost's SetAutoResponderStatus: turning automatic replies on sets "out of office",
  // turning them off sets "online" (each with its status_change).
  const wasReplying = prev.notifyProps.auto_responder_active === 'true';
  const replying = row.notifyProps.auto_responder_active === 'true';
  if (!wasReplying && replying) await setOutOfOffice(server, row.id);
  else if (wasReplying && !replying) await setManualStatus(server, row.id, STATUS_ONLINE);
  await audit(server, ctx, '');
  return ctx.json(200, toApiUser(row, 'self', server.config.get()) as never);
};
