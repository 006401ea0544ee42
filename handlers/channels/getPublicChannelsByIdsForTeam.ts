import type { Handler } from '../../server/http/handler';
import { isSessionGuest, payloadParseError, requireTeamId } from '../../app/channels/access';
import { withChannelProps } from '../../app/channels/props';
import { listPublicChannelsByIds } from '../../db/queries/channelLists';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasChannelPermission, requireTeamPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL, VIEW_TEAM } from '../../server/permissions/permissionIds';

/** POST /teams/{team_id}/channels/ids: the team's public channels among the given ids. */
export const getPublicChannelsByIdsForTeam: Handler<'GetPublicChannelsByIdsForTeam'> = async (ctx) => {
  const { server, session } = ctx;
  const teamId = requireTeamId(ctx.params.team_id);
  const body: unknown = ctx.body;
  if (!Array.isArray(body) || body.some((v) => typeof v !== 'string')) throw payloadParseError();
  const ids = [...new Set(body as string[])].sort();
  if (ids.length === 0) throw Errors.invalidBodyParam('channel_ids');
  if (ids.some((id) => !isValidId(id))) throw Errors.invalidBodyParam('channel_id');
  await requireTeamPermission(server, session, teamId, VIEW_TEAM);
  const rows = await listPublicChannelsByIds(server.db, teamId, ids);
  if (rows.length === 0) throw new AppError('app.channel.get_channels_by_ids.not_found.app_error', 'No channel found.', 404);
  if (isSessionGuest(session)) {
    for (const row of rows) if (!(await hasChannelPermission(server, session, row, READ_CHANNEL))) throw Errors.permission(READ_CHANNEL);
  }
  return ctx.json(200, await withChannelProps(server.db, rows));
};
