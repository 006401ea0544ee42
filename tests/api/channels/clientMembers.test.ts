import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { getChannelByName, updateChannelFields } from '../../../db/queries/channels';
import type { ChannelRow } from '../../../db/schema';

describe('the official @mattermost/client: channel members, read state and sidebar', () => {
  let t: TestServer;
  let w: World;
  let url: string;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const clientFor = (token: string) => {
    const client = new Client4();
    client.setUrl(url);
    client.setToken(token);
    return client;
  };

  it('joins a channel, views it, reads and rearranges the sidebar', async () => {
    const db = t.running.context.db;
    const channel: ChannelRow = await createTeamChannel(
      db,
      w.team.id,
      { header: '', purpose: '', type: 'O', name: 'client-room', display_name: 'Client Room' },
      w.users.teamAdmin,
    );
    const client = clientFor(w.tokens.member!);
    const me = w.users.member.id;

    const member = await client.addToChannel(me, channel.id);
    expect(member).toMatchObject({ channel_id: channel.id, user_id: me, roles: 'channel_user', msg_count: 0 });

    const added = await clientFor(w.tokens.teamAdmin!).addToChannels([w.users.guest.id], channel.id);
    expect(added.map((m) => m.user_id)).toEqual([w.users.guest.id]);

    await updateChannelFields(db, channel.id, { totalMsgCount: 3, totalMsgCountRoot: 3, lastPostAt: 1_700_000_000_000 });
    const viewed = await client.viewMyChannel(channel.id);
    expect(viewed).toEqual({ status: 'OK', last_viewed_at_times: { [channel.id]: 1_700_000_000_000 } });
    const mine = await client.getMyChannelMember(channel.id);
    expect(mine).toMatchObject({ msg_count: 3, mention_count: 0, last_viewed_at: 1_700_000_000_000 });
    const members = await client.getMyChannelMembers(w.team.id);
    expect(members.map((m) => m.channel_id)).toContain(channel.id);

    const ordered = await client.getChannelCategories(me, w.team.id);
    expect(ordered.order).toHaveLength(3);
    const channelsCategory = ordered.categories.find((c) => c.type === 'channels')!;
    expect(channelsCategory.channel_ids).toContain(channel.id);

    const custom = await client.createChannelCategory(me, w.team.id, { user_id: me, team_id: w.team.id, display_name: 'Projects', channel_ids: [channel.id] });
    expect(custom).toMatchObject({ type: 'custom', display_name: 'Projects', channel_ids: [channel.id] });

    // Move it on to favorites, the way the web app does: both categories in one update.
    const favorites = ordered.categories.find((c) => c.type === 'favorites')!;
    const updated = await client.updateChannelCategories(me, w.team.id, [
      { ...favorites, channel_ids: [channel.id] },
      { ...custom, channel_ids: [] },
    ]);
    expect(updated.map((c) => [c.type, c.channel_ids])).toEqual([
      ['favorites', [channel.id]],
      ['custom', []],
    ]);
    const after = await client.getChannelCategories(me, w.team.id);
    expect(after.order).toEqual([favorites.id, custom.id, channelsCategory.id, ordered.order[2]]);
    expect(after.categories.find((c) => c.type === 'channels')!.channel_ids).not.toContain(channel.id);

    await client.deleteChannelCategory(me, w.team.id, custom.id);
    expect((await client.getChannelCategoryOrder(me, w.team.id)).length).toBe(3);

    await client.removeFromChannel(me, channel.id);
    // Out of the channel, the member may no longer read its members; the creator sees the membership gone.
    await expect(client.getMyChannelMember(channel.id)).rejects.toMatchObject({ status_code: 403, server_error_id: 'api.context.permissions.app_error' });
    await expect(clientFor(w.tokens.teamAdmin!).getChannelMember(channel.id, me)).rejects.toMatchObject({
      status_code: 404,
      server_error_id: 'app.channel.get_member.missing.app_error',
    });
    const townSquare = (await getChannelByName(db, w.team.id, 'town-square'))!;
    await expect(client.removeFromChannel(me, townSquare.id)).rejects.toMatchObject({ status_code: 400, server_error_id: 'api.channel.remove.default.app_error' });
  });
});
