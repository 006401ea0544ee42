import type { Handler } from '../../server/http/handler';
import { requireTeamId } from '../../app/teams/access';
import { inviteUsersToTeam as invite, inviteUsersToTeamGracefully } from '../../app/teams/invites';
import { siteUrl } from '../../app/email';
import { getChannelById } from '../../db/queries/channels';
import type { Session } from '../../app/sessions/types';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { hasChannelPermission, hasTeamPermission } from '../../server/permissions/authorization';
import {
  ADD_USER_TO_TEAM,
  INVITE_USER,
  MANAGE_PRIVATE_CHANNEL_MEMBERS,
  MANAGE_PUBLIC_CHANNEL_MEMBERS,
} from '../../server/permissions/permissionIds';

/** Mattermost's ValidateUserPermissionsOnChannels: the channels whose members the sender may manage. */
async function channelsSenderManages(server: ServerContext, session: Session, ids: string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const id of ids) {
    const channel = await getChannelById(server.db, id);
    if (!channel) continue;
    const needed = channel.type === 'P' ? MANAGE_PRIVATE_CHANNEL_MEMBERS : channel.type === 'O' ? MANAGE_PUBLIC_CHANNEL_MEMBERS : undefined;
    if (needed && !(await hasChannelPermission(server, session, channel, needed))) continue;
    kept.push(id);
  }
  return kept;
}

/**
 * Mattermost's inviteUsersToTeam: invite_user and add_user_to_team, at least one address, then
 * ServiceSettings.EnableEmailInvitations (off by default: a 501). The body is a list of
 * addresses, or {emails, channelIds, message}. With `graceful` the answer is per address.
 */
export const inviteUsersToTeam: Handler<'InviteUsersToTeam'> = async (ctx) => {
  const graceful = (ctx.hono.req.query('graceful') ?? '') !== '';
  const teamId = requireTeamId(ctx.params.team_id);
  if (!(await hasTeamPermission(ctx.server, ctx.session, teamId, INVITE_USER))) throw Errors.permission(INVITE_USER);
  if (!(await hasTeamPermission(ctx.server, ctx.session, teamId, ADD_USER_TO_TEAM))) throw Errors.permission(INVITE_USER);
  const body = ctx.body as unknown;
  const form = Array.isArray(body) ? { emails: body } : ((body ?? {}) as { emails?: unknown; channelIds?: unknown });
  const emails = Array.isArray(form.emails) ? form.emails.filter((e): e is string => typeof e === 'string').map((e) => e.toLowerCase()) : [];
  if (emails.length === 0) throw Errors.invalidBodyParam('user_email');
  const channelIds = Array.isArray(form.channelIds) ? form.channelIds.filter((c): c is string => typeof c === 'string') : [];
  const config = ctx.server.config.get();
  if (!config.ServiceSettings.EnableEmailInvitations) {
    throw new AppError('api.team.invite_members.disabled.app_error', 'Email invitations are disabled.', 501);
  }
  const site = siteUrl(config, ctx.hono.req.url);
  if (graceful) {
    const allowedChannels = await channelsSenderManages(ctx.server, ctx.session, channelIds);
    return ctx.json(200, await inviteUsersToTeamGracefully(ctx.server, teamId, ctx.session.user_id, emails, allowedChannels, site));
  }
  await invite(ctx.server, teamId, ctx.session.user_id, emails, site);
  return ctx.json(200, { status: 'OK' });
};
