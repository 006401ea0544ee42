/**
 * Helpers shared by the reactions, threads, search and drafts tests: posts written through the
 * app layer (app/posts/createPost), extra channels and team users, and direct DB reads.
 */
import type { TestServer } from '../../helpers/testServer';
import { createUser, login, uniqueUser } from '../../helpers/fixtures';
import type { World } from '../../helpers/world';
import { createPost } from '../../../app/posts/createPost';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { joinTeam } from '../../../app/teams/membership';
import { getPostById } from '../../../db/queries/posts';
import { getUserById } from '../../../db/queries/users';
import { insertChannel } from '../../../db/queries/channels';
import { newId, nowMillis } from '../../../server/ids';
import type { ChannelRow, PostRow, UserRow } from '../../../db/schema';

export const base = '/api/v4';

export function support(t: () => TestServer, w: () => World) {
  const server = () => t().running.context;
  const db = () => server().db;
  let seq = 0;

  /** A post by `author` (a user row) in `channel`, a reply when `rootId` is given. */
  async function post(author: UserRow, channel: ChannelRow, message: string, rootId = ''): Promise<PostRow> {
    const created = await createPost(server(), { channel_id: channel.id, message, root_id: rootId }, { userId: author.id });
    return created.row;
  }

  async function reload(id: string): Promise<PostRow> {
    return (await getPostById(db(), id, { includeDeleted: true }))!;
  }

  async function channel(type: 'O' | 'P', members: UserRow[], creator: UserRow = w().users.teamAdmin): Promise<ChannelRow> {
    seq += 1;
    const row = await createTeamChannel(
      db(),
      w().team.id,
      { header: '', purpose: '', type, name: `rx-${seq}-${newId().slice(0, 6)}`, display_name: `Channel ${seq}` },
      creator,
    );
    for (const m of members) await addChannelMember(db(), row, m);
    return row;
  }

  /** A new system user who joined the team (and its default channels). */
  async function teamUser(prefix = 'mate'): Promise<{ row: UserRow; token: string }> {
    const created = await createUser(t(), uniqueUser(prefix), w().tokens.admin);
    const row = (await getUserById(db(), created.id))!;
    await joinTeam(server(), db(), w().team, row);
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

  return { server, db, post, reload, channel, teamUser, directChannel };
}
