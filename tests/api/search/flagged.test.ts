import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { removeMemberFromChannel } from '../../../app/channels/members';
import { addChannelMember } from '../../../app/channels/membership';
import { softDeletePostTree } from '../../../db/queries/posts';
import { upsertPreferences } from '../../../db/queries/preferences';
import { base, support } from '../reactions/support';
import type { PostRow, UserRow } from '../../../db/schema';

describe('flagged posts', () => {
  let t: TestServer;
  let w: World;
  const s = support(
    () => t,
    () => w,
  );

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function flag(user: UserRow, ...posts: PostRow[]) {
    await upsertPreferences(
      s.db(),
      posts.map((p) => ({ userId: user.id, category: 'flagged_post', name: p.id, value: 'true' })),
    );
  }
  const flagged = (token: string | undefined, userId: string, query = '') =>
    t.request('GET', `${base}/users/${userId}/posts/flagged${query ? `?${query}` : ''}`, { token });

  it('lists the flagged posts newest first as a PostList, filtered by channel or team, paged', async () => {
    const mate = await s.teamUser('flagger');
    const channel = await s.channel('P', [mate.row]);
    const dm = await s.directChannel(mate.row, w.users.member);
    const a = await s.post(w.users.teamAdmin, w.publicChannel, 'flag a');
    const b = await s.post(mate.row, channel, 'flag b');
    const c = await s.post(w.users.member, dm, 'flag c');
    const unflagged = await s.post(mate.row, channel, 'not flagged');
    await flag(mate.row, a, b, c);
    await addChannelMember(s.db(), w.publicChannel, mate.row);

    const all = await flagged(mate.token, 'me');
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(all.body.order).toEqual([c.id, b.id, a.id]);
    expect(Object.keys(all.body.posts)).not.toContain(unflagged.id);
    expect(all.body).toMatchObject({ next_post_id: '', prev_post_id: '', has_next: false });
    expect((await flagged(mate.token, mate.row.id, `channel_id=${channel.id}`)).body.order).toEqual([b.id]);
    expect((await flagged(mate.token, 'me', `team_id=${w.team.id}`)).body.order).toEqual([c.id, b.id, a.id]);
    expect((await flagged(mate.token, 'me', `team_id=${w.otherTeam.id}`)).body.order).toEqual([c.id]);
    expect((await flagged(mate.token, 'me', 'per_page=2')).body.order).toEqual([c.id, b.id]);
    expect((await flagged(mate.token, 'me', 'per_page=2&page=1')).body.order).toEqual([a.id]);
  });

  it('drops deleted posts and the posts of channels the user left', async () => {
    const mate = await s.teamUser('leaver');
    const channel = await s.channel('P', [mate.row]);
    const kept = await s.post(mate.row, channel, 'kept while a member');
    const gone = await s.post(mate.row, channel, 'deleted later');
    await flag(mate.row, kept, gone);
    await softDeletePostTree(s.db(), gone.id, Date.now(), mate.row.id);
    expect((await flagged(mate.token, 'me')).body.order).toEqual([kept.id]);
    await removeMemberFromChannel(s.server(), channel, mate.row);
    const after = await flagged(mate.token, 'me');
    expect(after.body.order).toEqual([]);
    expect(JSON.stringify(after.body)).not.toContain('kept while a member');
  });

  it("answers another user's flags only to edit_other_users (system admin)", async () => {
    const p = await s.post(w.users.member, w.privateChannel, 'member secret flag');
    await flag(w.users.member, p);
    for (const who of ['outsider', 'guest', 'teamAdmin'] as const) {
      expectAppError(await flagged(w.tokens[who], w.users.member.id), 403, 'api.context.permissions.app_error');
    }
    const admin = await flagged(w.tokens.admin, w.users.member.id);
    expect(admin.status).toBe(200);
    expect(admin.body.order).toContain(p.id);
    expect((await flagged(w.tokens.guest, 'me')).body.order).toEqual([]);
    expectAppError(await flagged(w.tokens.member, 'nope'), 400, 'api.context.invalid_url_param.app_error');
  });
});
