import type { Handler } from '../../server/http/handler';
import { channelNotFound, payloadParseError } from '../../app/channels/access';
import { countMembersOfChannels } from '../../db/queries/channelLists';
import { getChannelsByIds } from '../../db/queries/channels';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasChannelPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { LIST_TEAM_CHANNELS, READ_CHANNEL_CONTENT } from '../../server/permissions/permissionIds';

/**
 * POST /channels/stats/member_count [channel ids]: active members per channel. Every channel
 * must be readable, or public with list_team_channels in its team (Mattermost's
 * HasPermissionToChannelMemberCount); unknown ids are left out, none known is a 404.
 */
export const getChannelsMemberCount: Handler<'GetChannelsMemberCount'> = async (ctx) => {
  const { server, session } = ctx;
  const body: unknown = ctx.body;
  if (!Array.isArray(body) || body.some((v) => typeof v !== 'string')) throw payloadParseError();
  const ids = [...new Set(body as string[])].sort();
  const rows = await getChannelsByIds(server.db, ids.filter(isValidId));
  if (rows.length === 0) throw channelNotFound();
  for (const channel of rows) {
    const allowed =
      (await hasChannelPermission(server, session, channel, READ_CHANNEL_CONTENT)) ||
      (channel.type === 'O' && (await hasTeamPermission(server, session, channel.teamId, LIST_TEAM_CHANNELS)));
    if (!allowed) throw Errors.permission(LIST_TEAM_CHANNELS);
  }
  return ctx.json(200, await countMembersOfChannels(server.db, rows.map((r) => r.id)));
};
