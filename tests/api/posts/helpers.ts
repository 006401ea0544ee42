/** Shared helpers of the posts tests. */
import { expect } from 'vitest';
import type { TestServer } from '../../helpers/testServer';
import { createUser, login, uniqueUser } from '../../helpers/fixtures';
import type { World } from '../../helpers/world';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { joinTeam } from '../../../app/teams/membership';
import { getChannelById, getChannelMember, insertChannel } from '../../../db/queries/channels';
import { getUserById } from '../../../db/queries/users';
import { newId, nowMillis } from '../../../server/ids';
import type { ChannelRow, UserRow } from '../../../db/schema';

export const base = '/api/v4';

export function postsHelpers(t: () => TestServer, w: () => World) {
  const db = () => t().running.context.db;
  let seq = 0;

  async function createPost(token: string | undefined, body: Record<string, unknown>, expected = 201) {
    const res = await t().request('POST', `${base}/posts`, { token, body: { message: '', ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    return res.body;
  }

  async function channel(type: 'O' | 'P' = 'O', members: UserRow[] = [], creator: UserRow = w().users.teamAdmin): Promise<ChannelRow> {
    seq += 1;
    const row = await createTeamChannel(
      db(),
      w().team.id,
      { header: '', purpose: '', type, name: `ch-${seq}-${newId().slice(0, 6)}`, display_name: `Channel ${seq}` },
      creator,
    );
    for (const m of members) await addChannelMember(db(), row, m);
    return row;
  }

  async function teamUser(prefix = 'mate'): Promise<{ row: UserRow; token: string }> {
    const created = await createUser(t(), uniqueUser(prefix), w().tokens.admin);
    const row = (await getUserById(db(), created.id))!;
    await joinTeam(t().running.context, db(), w().team, row);
    return { row, token: await login(t(), created.username, created.password) };
  }

  async function directChannel(a: UserRow, b: UserRow): Promise<ChannelRow> {
    const [x, y] = [a.id, b.id].sort();
    const now = nowMillis();
    const row = await insertChannel(db(), { id: newId(), createAt: now, updateAt: now, teamId: '', type: 'D', name: `${x}__${y}`, displayName: '', creatorId: a.id });
    await addChannelMember(db(), row, a);
    await addChannelMember(db(), row, b);
    return row;
  }

  async function groupChannel(users: UserRow[]): Promise<ChannelRow> {
    const now = nowMillis();
    const row = await insertChannel(db(), { id: newId(), createAt: now, updateAt: now, teamId: '', type: 'G', name: newId() + newId().slice(0, 14), displayName: users.map((u) => u.username).join(', '), creatorId: users[0].id });
    for (const u of users) await addChannelMember(db(), row, u);
    return row;
  }

  const member = (channelId: string, userId: string) => getChannelMember(db(), channelId, userId);
  const channelRow = (channelId: string) => getChannelById(db(), channelId);

  return { db, createPost, channel, teamUser, directChannel, groupChannel, member, channelRow };
}
