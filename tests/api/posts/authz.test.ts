/**
 * Who may do what with posts: for every posts operation, the status each persona gets.
 * World: publicChannel (teamAdmin, member, guest), privateChannel (teamAdmin, member); the
 * outsider is not in the team; the admin is in neither channel.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { base, postsHelpers } from './helpers';

type Expect = Record<Persona, number>;
const ALL = (status: number, anonymous = 401): Expect => ({ anonymous, outsider: status, guest: status, member: status, teamAdmin: status, admin: status });

describe('posts: authorization matrix', () => {
  let t: TestServer;
  let w: World;
  const h = postsHelpers(() => t, () => w);
  let pub: any;
  let priv: any;
  let pubEdited: any;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    pub = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'public post' });
    priv = await h.createPost(w.tokens.member, { channel_id: w.privateChannel.id, message: 'private post' });
    pubEdited = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'v1' });
    await t.request('PUT', `${base}/posts/${pubEdited.id}/patch`, { token: w.tokens.member, body: { message: 'v2' } });
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function matrix(label: string, expected: Expect, call: (token: string | undefined, who: Persona) => Promise<{ status: number; body: any }>) {
    const got: Record<string, number> = {};
    for (const who of PERSONAS) got[who] = (await call(w.tokens[who], who)).status;
    expect(got, label).toEqual(expected);
  }

  it('CreatePost', async () => {
    await matrix('public channel', { anonymous: 401, outsider: 403, guest: 201, member: 201, teamAdmin: 201, admin: 201 }, (token) =>
      t.request('POST', `${base}/posts`, { token, body: { channel_id: w.publicChannel.id, message: 'hi' } }),
    );
    await matrix('private channel', { anonymous: 401, outsider: 403, guest: 403, member: 201, teamAdmin: 201, admin: 201 }, (token) =>
      t.request('POST', `${base}/posts`, { token, body: { channel_id: w.privateChannel.id, message: 'hi' } }),
    );
  });

  it('reads: GetPost, GetPostThread, GetPostsForChannel, GetPinnedPosts, GetPostsAroundLastUnread', async () => {
    const pubRead: Expect = { anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 };
    const privRead: Expect = { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 };
    await matrix('GetPost public', pubRead, (token) => t.request('GET', `${base}/posts/${pub.id}`, { token }));
    await matrix('GetPost private', privRead, (token) => t.request('GET', `${base}/posts/${priv.id}`, { token }));
    await matrix('GetPostThread public', pubRead, (token) => t.request('GET', `${base}/posts/${pub.id}/thread`, { token }));
    await matrix('GetPostThread private', privRead, (token) => t.request('GET', `${base}/posts/${priv.id}/thread`, { token }));
    await matrix('GetPostsForChannel public', pubRead, (token) => t.request('GET', `${base}/channels/${w.publicChannel.id}/posts`, { token }));
    await matrix('GetPostsForChannel private', privRead, (token) => t.request('GET', `${base}/channels/${w.privateChannel.id}/posts`, { token }));
    await matrix('since private', privRead, (token) => t.request('GET', `${base}/channels/${w.privateChannel.id}/posts?since=1`, { token }));
    await matrix('GetPinnedPosts private', privRead, (token) => t.request('GET', `${base}/channels/${w.privateChannel.id}/pinned`, { token }));
    await matrix('GetPostsAroundLastUnread public', { anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 404 }, (token) =>
      t.request('GET', `${base}/users/me/channels/${w.publicChannel.id}/posts/unread`, { token }),
    );
    await matrix('GetPostsAroundLastUnread private', { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 404 }, (token) =>
      t.request('GET', `${base}/users/me/channels/${w.privateChannel.id}/posts/unread`, { token }),
    );
    await matrix('GetFileInfosForPost private', privRead, (token) => t.request('GET', `${base}/posts/${priv.id}/files/info`, { token }));
  });

  it('never shows private posts to those outside: ids lists, post info, channel lists', async () => {
    for (const who of ['outsider', 'guest'] as const) {
      const ids = await t.request('POST', `${base}/posts/ids`, { token: w.tokens[who], body: [priv.id] });
      expect(ids.status).toBe(200);
      expect(ids.body).toEqual([]);
      const info = await t.request('GET', `${base}/posts/${priv.id}/info`, { token: w.tokens[who] });
      expect(info.status).toBe(404);
      expect(JSON.stringify(info.body)).not.toContain(w.privateChannel.displayName);
      const list = await t.request('GET', `${base}/channels/${w.privateChannel.id}/posts`, { token: w.tokens[who] });
      expect(list.status).toBe(403);
      expect(JSON.stringify(list.body)).not.toContain('private post');
    }
    await matrix('getPostsByIds', ALL(200), (token) => t.request('POST', `${base}/posts/ids`, { token, body: [priv.id, pub.id] }));
    await matrix('GetPostInfo private', { anonymous: 401, outsider: 404, guest: 404, member: 200, teamAdmin: 200, admin: 200 }, (token) =>
      t.request('GET', `${base}/posts/${priv.id}/info`, { token }),
    );
    const members = await t.request('POST', `${base}/posts/ids`, { token: w.tokens.member, body: [priv.id, pub.id] });
    expect(members.body.map((p: any) => p.id).sort()).toEqual([priv.id, pub.id].sort());
  });

  it('edits: PatchPost, UpdatePost, GetPostEditHistory, RestorePostVersion', async () => {
    const editors: Expect = { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 };
    await matrix('PatchPost', editors, (token) => t.request('PUT', `${base}/posts/${priv.id}/patch`, { token, body: { message: 'patched' } }));
    await matrix('UpdatePost', editors, (token) => t.request('PUT', `${base}/posts/${priv.id}`, { token, body: { id: priv.id, message: 'updated' } }));
    await matrix('GetPostEditHistory', { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 403 }, (token) =>
      t.request('GET', `${base}/posts/${pubEdited.id}/edit_history`, { token }),
    );
    const history = (await t.request('GET', `${base}/posts/${pubEdited.id}/edit_history`, { token: w.tokens.member })).body;
    await matrix('RestorePostVersion', { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 403 }, (token) =>
      t.request('POST', `${base}/posts/${pubEdited.id}/restore/${history[history.length - 1].id}`, { token }),
    );
  });

  it('DeletePost, PinPost, UnpinPost, SetPostUnread', async () => {
    await matrix('DeletePost', { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 }, async (token) => {
      const victim = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'to delete' });
      return t.request('DELETE', `${base}/posts/${victim.id}`, { token });
    });
    await matrix('PinPost private', { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 }, (token) =>
      t.request('POST', `${base}/posts/${priv.id}/pin`, { token }),
    );
    await matrix('UnpinPost public', { anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (token) =>
      t.request('POST', `${base}/posts/${pub.id}/unpin`, { token }),
    );
    await matrix('SetPostUnread public', { anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 404 }, (token) =>
      t.request('POST', `${base}/users/me/posts/${pub.id}/set_unread`, { token }),
    );
  });

  it('ephemeral posts, acknowledgements, moves, burn-on-read', async () => {
    await matrix('CreatePostEphemeral', { anonymous: 401, outsider: 403, guest: 403, member: 403, teamAdmin: 403, admin: 201 }, (token) =>
      t.request('POST', `${base}/posts/ephemeral`, { token, body: { user_id: w.users.member.id, post: { channel_id: w.publicChannel.id, message: 'x' } } }),
    );
    await matrix('SaveAcknowledgementForPost', ALL(501), (token) => t.request('POST', `${base}/users/me/posts/${pub.id}/ack`, { token }));
    await matrix('DeleteAcknowledgementForPost', ALL(501), (token) => t.request('DELETE', `${base}/users/me/posts/${pub.id}/ack`, { token }));
    await matrix('MoveThread', ALL(501), (token) => t.request('POST', `${base}/posts/${pub.id}/move`, { token, body: { channel_id: w.publicChannel.id } }));
    await matrix('BurnPostNow', { anonymous: 401, outsider: 403, guest: 400, member: 400, teamAdmin: 400, admin: 403 }, (token) =>
      t.request('DELETE', `${base}/posts/${pub.id}/burn`, { token }),
    );
    await matrix('RevealBurnOnReadPost', { anonymous: 401, outsider: 403, guest: 400, member: 400, teamAdmin: 400, admin: 403 }, (token) =>
      t.request('GET', `${base}/posts/${pub.id}/reveal`, { token }),
    );
  });
});
