import type { Handler } from '../../server/http/handler';
import { createTeamChannel } from '../../app/channels/createChannel';
import { validateChannel, type ChannelFields } from '../../app/channels/validate';
import { channelExistsError, checkChannel, isUniqueViolation } from '../../app/channels/updates';
import { toApiChannel } from '../../app/channels/serialize';
import { publishChannelCreated } from '../../app/channels/events';
import { postJoinChannel } from '../../app/channels/systemPosts';
import { countTeamChannels } from '../../db/queries/channelLists';
import { getUserById } from '../../db/queries/users';
import { AppError, Errors } from '../../server/http/appError';
import { requireTeamPermissionFor } from '../../app/channels/access';
import { isValidId } from '../../server/ids';
import { CREATE_PRIVATE_CHANNEL, CREATE_PUBLIC_CHANNEL } from '../../server/permissions/permissionIds';

/**
 * POST /channels: a public or private team channel, its creator joining as channel admin with
 * a join message; `channel_created` goes to the creator.
 */
export const createChannel: Handler<'CreateChannel'> = async (ctx) => {
  const { server, session } = ctx;
  const body = ctx.body;
  if (!body.team_id) throw Errors.invalidBodyParam('team_id');
  if (!body.display_name) throw Errors.invalidBodyParam('display_name');
  const type = body.type ?? '';
  if (type === 'O') await requireTeamPermissionFor(server, session, body.team_id, CREATE_PUBLIC_CHANNEL);
  if (type === 'P') await requireTeamPermissionFor(server, session, body.team_id, CREATE_PRIVATE_CHANNEL);
  if (type === 'D' || type === 'G') {
    throw new AppError('api.channel.create_channel.direct_channel.app_error', 'Must use createDirectChannel API service for direct message channel creation.', 400);
  }

  const existing = isValidId(body.team_id) ? await countTeamChannels(server.db, body.team_id) : 0;
  if (existing === 0) throw new AppError('app.channel.get_channels.not_found.app_error', 'No channels were found.', 404);
  const max = server.config.get().TeamSettings.MaxChannelsPerTeam;
  if (existing + 1 > max) {
    throw new AppError('api.channel.create_channel.max_channel_limit.app_error', `Unable to create more than ${max} channels for current team.`, 400, '', {
      MaxChannelsPerTeam: max,
    });
  }

  const fields: ChannelFields = {
    name: body.name ?? '',
    display_name: body.display_name.trim(),
    type,
    header: body.header ?? '',
    purpose: body.purpose ?? '',
  };
  const invalid =
    validateChannel(fields) ??
    checkChannel({ ...fields, displayName: fields.display_name, creatorId: session.user_id, groupConstrained: null });
  if (invalid) throw invalid;

  const creator = await getUserById(server.db, session.user_id);
  const { channel, joined } = await server.db
    .transaction(async (tx) => {
      const created = await createTeamChannel(tx, body.team_id, fields, creator ?? null);
      // Mattermost's CreateChannelWithUser: the creator's join message.
      return { channel: created, joined: creator ? await postJoinChannel(server, tx, created, creator) : null };
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? channelExistsError() : err;
    });
  joined?.publish();
  publishChannelCreated(server, channel, session.user_id);
  return ctx.json(201, toApiChannel(channel));
};
