import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';

describe('channels through the official @mattermost/client', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  const clientFor = (token: string | undefined) => {
    const client = new Client4();
    client.setUrl(url);
    client.setToken(token ?? '');
    return client;
  };

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('creates channels, reads them by id and by name, patches and counts them', async () => {
    const member = clientFor(w.tokens.member);
    const suffix = Math.random().toString(36).slice(2, 8);
    const pub = await member.createChannel({ team_id: w.team.id, name: `client-pub-${suffix}`, display_name: 'Client Public', type: 'O' } as never);
    expect(pub.type).toBe('O');
    const priv = await member.createChannel({ team_id: w.team.id, name: `client-priv-${suffix}`, display_name: 'Client Private', type: 'P' } as never);

    expect((await member.getChannel(pub.id)).name).toBe(pub.name);
    expect((await member.getChannelByName(w.team.id, priv.name)).id).toBe(priv.id);
    expect((await member.getChannelByNameAndTeamName(w.team.name, pub.name)).id).toBe(pub.id);
    await expect(clientFor(w.tokens.outsider).getChannelByName(w.team.id, priv.name)).rejects.toMatchObject({
      status_code: 404,
      server_error_id: 'app.channel.get_by_name.missing.app_error',
    });

    const patched = await member.patchChannel(pub.id, { header: 'from the client' });
    expect(patched.header).toBe('from the client');
    const stats = await member.getChannelStats(pub.id);
    expect(stats).toMatchObject({ channel_id: pub.id, member_count: 1, files_count: -1 });

    const mine = await member.getMyChannels(w.team.id);
    expect(mine.map((c) => c.id)).toEqual(expect.arrayContaining([pub.id, priv.id, w.publicChannel.id]));
    const listed = await member.getChannels(w.team.id);
    expect(listed.map((c) => c.id)).toContain(pub.id);
    expect(listed.map((c) => c.id)).not.toContain(priv.id);
  });

  it('gets the same direct channel twice and the same group channel twice', async () => {
    const member = clientFor(w.tokens.member);
    const dm1 = await member.createDirectChannel([w.users.member.id, w.users.teamAdmin.id]);
    const dm2 = await member.createDirectChannel([w.users.member.id, w.users.teamAdmin.id]);
    expect(dm2.id).toBe(dm1.id);
    expect(dm1.type).toBe('D');
    const fromOtherSide = await clientFor(w.tokens.teamAdmin).createDirectChannel([w.users.teamAdmin.id, w.users.member.id]);
    expect(fromOtherSide.id).toBe(dm1.id);

    const ids = [w.users.member.id, w.users.teamAdmin.id, w.users.guest.id];
    const gm1 = await member.createGroupChannel(ids);
    const gm2 = await member.createGroupChannel([...ids].reverse());
    expect(gm2.id).toBe(gm1.id);
    expect(gm1.type).toBe('G');
    const fromGuest = await clientFor(w.tokens.guest).createGroupChannel([w.users.member.id, w.users.teamAdmin.id]);
    expect(fromGuest.id).toBe(gm1.id);

    const found = await member.searchGroupChannels(w.users.guest.username);
    expect(found.map((c) => c.id)).toContain(gm1.id);
  });

  it('searches and autocompletes channels', async () => {
    const member = clientFor(w.tokens.member);
    const suffix = Math.random().toString(36).slice(2, 8);
    const findable = await member.createChannel({ team_id: w.team.id, name: `findable-${suffix}`, display_name: `Findable ${suffix}`, type: 'O' } as never);
    const hidden = await clientFor(w.tokens.teamAdmin).createChannel({
      team_id: w.team.id,
      name: `findable-hidden-${suffix}`,
      display_name: `Findable Hidden ${suffix}`,
      type: 'P',
    } as never);

    const searched = await member.searchChannels(w.team.id, 'findable');
    expect(searched.map((c) => c.id)).toContain(findable.id);
    expect(searched.map((c) => c.id)).not.toContain(hidden.id);

    const suggested = await member.autocompleteChannels(w.team.id, 'findable');
    expect(suggested.map((c) => c.id)).toContain(findable.id);
    expect(suggested.map((c) => c.id)).not.toContain(hidden.id);

    const forSearch = await member.autocompleteChannelsForSearch(w.team.id, 'findable');
    expect(forSearch.map((c) => c.id)).toContain(findable.id);

    const admin = clientFor(w.tokens.admin);
    const all = await admin.searchAllChannels('findable', undefined);
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([findable.id, hidden.id]));
    const paged = await admin.searchAllChannels('findable', { page: 0, per_page: 10 });
    expect(paged.total_count).toBe(2);
    const everything = await admin.getAllChannels(0, 100, '', false, true, false, false, false, false);
    expect(everything.total_count).toBeGreaterThanOrEqual(2);
  });

  it('archives and restores through the client', async () => {
    const teamAdmin = clientFor(w.tokens.teamAdmin);
    const suffix = Math.random().toString(36).slice(2, 8);
    const c = await teamAdmin.createChannel({ team_id: w.team.id, name: `archive-${suffix}`, display_name: 'Archive me', type: 'O' } as never);
    await teamAdmin.deleteChannel(c.id);
    const archived = await teamAdmin.getArchivedChannels(w.team.id);
    expect(archived.map((x) => x.id)).toContain(c.id);
    const restored = await teamAdmin.unarchiveChannel(c.id);
    expect(restored.delete_at).toBe(0);
  });
});
