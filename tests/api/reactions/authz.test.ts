/**
 * Who may do what with reactions, persona by persona (see tests/helpers/world.ts): a post in
 * the public channel (member, guest, team admin in it) and one in the private channel (member
 * and team admin in it). Everything is decided by the post's channel: channel roles, then team
 * roles, then system roles, as Mattermost's SessionHasPermissionToChannelByPost.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { base, support } from './support';
import type { PostRow } from '../../../db/schema';

type Row = Record<Persona, number>;

describe('reactions authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let pub: PostRow;
  let priv: PostRow;
  const s = support(
    () => t,
    () => w,
  );

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    pub = await s.post(w.users.member, w.publicChannel, 'public post');
    priv = await s.post(w.users.member, w.privateChannel, 'private post');
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function matrix(expected: Row, call: (p: Persona) => Promise<{ status: number; body: unknown }>) {
    const got = {} as Row;
    for (const p of PERSONAS) got[p] = (await call(p)).status;
    expect(got).toEqual(expected);
  }

  const userOf = (p: Persona) => (p === 'anonymous' ? w.users.member.id : w.users[p].id);

  it('SaveReaction', async () => {
    const save = (post: PostRow) => (p: Persona) =>
      t.request('POST', `${base}/reactions`, { token: w.tokens[p], body: { user_id: userOf(p), post_id: post.id, emoji_name: 'smile' } });
    await matrix({ anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, save(pub));
    await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 }, save(priv));
  });

  it('GetReactions', async () => {
    const get = (post: PostRow) => (p: Persona) => t.request('GET', `${base}/posts/${post.id}/reactions`, { token: w.tokens[p] });
    await matrix({ anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, get(pub));
    await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 }, get(priv));
  });

  it('GetBulkReactions', async () => {
    const bulk = (post: PostRow) => (p: Persona) => t.request('POST', `${base}/posts/ids/reactions`, { token: w.tokens[p], body: [post.id] });
    await matrix({ anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, bulk(pub));
    await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 }, bulk(priv));
  });

  it("DeleteReaction: one's own", async () => {
    const del = (post: PostRow) => (p: Persona) => t.request('DELETE', `${base}/users/${userOf(p)}/posts/${post.id}/reactions/smile`, { token: w.tokens[p] });
    await matrix({ anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, del(pub));
    await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 }, del(priv));
  });

  it("DeleteReaction: someone else's (the member's) needs remove_others_reactions", async () => {
    const del = (post: PostRow) => async (p: Persona) => {
      await t.request('POST', `${base}/reactions`, { token: w.tokens.member, body: { user_id: w.users.member.id, post_id: post.id, emoji_name: 'heart' } });
      return t.request('DELETE', `${base}/users/${w.users.member.id}/posts/${post.id}/reactions/heart`, { token: w.tokens[p] });
    };
    await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 }, del(pub));
    await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 }, del(priv));
  });

  it('never shows private-channel reactions to those outside the channel', async () => {
    await t.request('POST', `${base}/reactions`, { token: w.tokens.member, body: { user_id: w.users.member.id, post_id: priv.id, emoji_name: 'secret' } });
    for (const p of ['outsider', 'guest'] as Persona[]) {
      const res = await t.request('POST', `${base}/posts/ids/reactions`, { token: w.tokens[p], body: [priv.id] });
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('secret');
    }
  });
});
