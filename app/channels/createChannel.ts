import type { ChannelRow, NewChannelRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { getChannelByName, insertChannel } from '../../db/queries/channels';
import { AppError } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';
import { addChannelMember } from './membership';
import { validateChannel, type ChannelFields } from './validate';

export const CHANNEL_EXISTS_ERROR = 'store.sql_channel.save_channel.exists.app_error';

export function channelExists(): AppError {
  return new AppError(CHANNEL_EXISTS_ERROR, 'A channel with that name already exists on the same team.', 400);
}

/**
 * Saves a public or private team channel after Mattermost's validation; the creator (when
 * given) joins it as channel admin. Refuses a name taken in the team.
 */
export async function createTeamChannel(
  db: DbOrTx,
  teamId: string,
  fields: ChannelFields,
  creator: UserRow | null,
): Promise<ChannelRow> {
  const invalid = validateChannel(fields);
  if (invalid) throw invalid;
  if (await getChannelByName(db, teamId, fields.name)) throw channelExists();
  const now = nowMillis();
  const row: NewChannelRow = {
    id: newId(),
    createAt: now,
    updateAt: now,
    teamId,
    type: fields.type,
    displayName: fields.display_name,
    name: fields.name,
    header: fields.header,
    purpose: fields.purpose,
    creatorId: creator?.id ?? '',
  };
  const channel = await insertChannel(db, row);
  if (creator) await addChannelMember(db, channel, creator, { asAdmin: true });
  return channel;
}
