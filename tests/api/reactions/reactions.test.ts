import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { rawSocket } from '../../helpers/wsClient';
import { archiveChannel } from '../../../app/channels/updates';
import { newId } from '../../../server/ids';
import { softDeletePostTree } from '../../../db/queries/posts';
import { base, support } from './support';

describe('reactions', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  const s = support(
    () => t,
    () => w,
  );

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const react = (token: string | undefined, body: Record<string, unknown>) => t.request('POST', `${base}/reactions`, { token, body });
  const unreact = (token: string | undefined, userId: string, postId: string, emoji: string) =>
    t.request('DELETE', `${base}/users/${userId}/posts/${postId}/reactions/${encodeURIComponent(emoji)}`, { token });

  async function setService(values: Record<string, unknown>) {
    const config = s.server().config;
    const current = config.storedConfig();
    await config.save({ ...current, ServiceSettings: { ...current.ServiceSettings, ...values } } as never);
  }

  describe('SaveReaction', () => {
    it('saves a reaction (200 with the reaction), sets has_reactions and moves the post update_at; saving again is idempotent', async () => {
      const p = await s.post(w.users.member, w.publicChannel, 'react to me');
      const res = await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: '+1' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({
        user_id: w.users.member.id,
        post_id: p.id,
        emoji_name: '+1',
        create_at: expect.any(Number),
        update_at: res.body.create_at,
        delete_at: 0,
        remote_id: '',
        channel_id: w.publicChannel.id,
      });
      const after = await s.reload(p.id);
      expect(after.hasReactions).toBe(true);
      expect(after.updateAt).toBeGreaterThan(p.updateAt);

      const again = await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: '+1' });
      expect(again.status).toBe(200);
      expect(again.body.create_at).toBe(res.body.create_at);
      const list = await t.request('GET', `${base}/posts/${p.id}/reactions`, { token: w.tokens.member });
      expect(list.status).toBe(200);
      expect(list.body).toHaveLength(1);
    });

    it('accepts system emoji with skin tones and aliases, and existing custom emoji only', async () => {
      const p = await s.post(w.users.member, w.publicChannel, 'emoji check');
      for (const name of ['thumbsup', 'thumbsup_dark_skin_tone', 'flag-fr', 'mattermost']) {
        const res = await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: name });
        expect(res.status, name).toBe(200);
      }
      expectAppError(await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'not_a_real_emoji_zz' }), 404, 'app.emoji.get_by_name.no_result');
      await setService({ EnableCustomEmoji: false });
      try {
        expectAppError(await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'not_a_real_emoji_zz' }), 403, 'api.emoji.disabled.app_error');
        expect((await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'smile' })).status).toBe(200);
      } finally {
        await setService({ EnableCustomEmoji: true });
      }
    });

    it('refuses malformed reactions with Mattermost errors', async () => {
      const p = await s.post(w.users.member, w.publicChannel, 'validate me');
      const me = w.users.member.id;
      expectAppError(await react(w.tokens.member, { user_id: 'nope', post_id: p.id, emoji_name: 'smile' }), 400, 'api.reaction.save_reaction.invalid.app_error');
      expectAppError(await react(w.tokens.member, { user_id: me, post_id: 'short', emoji_name: 'smile' }), 400, 'api.reaction.save_reaction.invalid.app_error');
      expectAppError(await react(w.tokens.member, { user_id: me, post_id: p.id, emoji_name: '' }), 400, 'api.reaction.save_reaction.invalid.app_error');
      expectAppError(await react(w.tokens.member, { user_id: me, post_id: p.id }), 400, 'api.reaction.save_reaction.invalid.app_error');
      expectAppError(await react(w.tokens.member, { user_id: me, post_id: p.id, emoji_name: 'a'.repeat(65) }), 400, 'api.reaction.save_reaction.invalid.app_error');
      expectAppError(await react(w.tokens.member, { user_id: w.users.guest.id, post_id: p.id, emoji_name: 'smile' }), 403, 'api.reaction.save_reaction.user_id.app_error');
      // A well-formed id of no post: a member has no permission through any channel (403); an admin gets the 404.
      const ghost = newId();
      expectAppError(await react(w.tokens.member, { user_id: me, post_id: ghost, emoji_name: 'smile' }), 403, 'api.context.permissions.app_error');
      expectAppError(await react(w.tokens.admin, { user_id: w.users.admin.id, post_id: ghost, emoji_name: 'smile' }), 404, 'app.post.get.app_error');
      expect((await s.reload(p.id)).hasReactions).toBe(false);
    });

    it('limits the distinct emoji of a post to ServiceSettings.UniqueEmojiReactionLimitPerPost', async () => {
      const p = await s.post(w.users.member, w.publicChannel, 'limited');
      await setService({ UniqueEmojiReactionLimitPerPost: 2 });
      try {
        expect((await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'one' })).status).toBe(200);
        expect((await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'two' })).status).toBe(200);
        expectAppError(await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'three' }), 400, 'app.reaction.save.save.too_many_reactions');
        // An emoji already on the post does not count again.
        expect((await react(w.tokens.teamAdmin, { user_id: w.users.teamAdmin.id, post_id: p.id, emoji_name: 'two' })).status).toBe(200);
        const list = await t.request('GET', `${base}/posts/${p.id}/reactions`, { token: w.tokens.member });
        expect(list.body.map((r: { emoji_name: string }) => r.emoji_name)).toEqual(['one', 'two', 'two']);
      } finally {
        await setService({ UniqueEmojiReactionLimitPerPost: 50 });
      }
    });

    it('refuses reacting to a deleted post (404) and in an archived channel (403), writing nothing', async () => {
      const gone = await s.post(w.users.member, w.publicChannel, 'soon deleted');
      await softDeletePostTree(s.db(), gone.id, Date.now(), w.users.member.id);
      expectAppError(await react(w.tokens.member, { user_id: w.users.member.id, post_id: gone.id, emoji_name: 'smile' }), 404, 'app.post.get.app_error');
      expectAppError(await unreact(w.tokens.member, w.users.member.id, gone.id, 'smile'), 404, 'app.post.get.app_error');

      const channel = await s.channel('O', [w.users.member]);
      const p = await s.post(w.users.member, channel, 'soon archived');
      expect((await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'smile' })).status).toBe(200);
      await archiveChannel(s.server(), channel);
      expectAppError(await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'heart' }), 403, 'api.reaction.save.archived_channel.app_error');
      expectAppError(await unreact(w.tokens.member, w.users.member.id, p.id, 'smile'), 403, 'api.reaction.delete.archived_channel.app_error');
      const list = await t.request('GET', `${base}/posts/${p.id}/reactions`, { token: w.tokens.member });
      expect(list.body.map((r: { emoji_name: string }) => r.emoji_name)).toEqual(['smile']);
    });
  });

  describe('DeleteReaction', () => {
    it('removes one own reaction (200 OK), clears has_reactions with the last one, and tolerates a missing one', async () => {
      const p = await s.post(w.users.member, w.publicChannel, 'remove later');
      await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'smile' });
      await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'heart' });
      const res = await unreact(w.tokens.member, 'me', p.id, 'smile');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'OK' });
      expect((await s.reload(p.id)).hasReactions).toBe(true);
      expect((await unreact(w.tokens.member, w.users.member.id, p.id, 'heart')).status).toBe(200);
      expect((await s.reload(p.id)).hasReactions).toBe(false);
      expect((await unreact(w.tokens.member, w.users.member.id, p.id, 'heart')).status).toBe(200);
      const list = await t.request('GET', `${base}/posts/${p.id}/reactions`, { token: w.tokens.member });
      expect(list.body).toEqual([]);
      // A removed reaction can come back.
      expect((await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'heart' })).status).toBe(200);
      expect((await s.reload(p.id)).hasReactions).toBe(true);
    });

    it("needs remove_others_reactions (system-wide) for someone else's reaction", async () => {
      const p = await s.post(w.users.member, w.publicChannel, 'others');
      await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'smile' });
      expectAppError(await unreact(w.tokens.teamAdmin, w.users.member.id, p.id, 'smile'), 403, 'api.context.permissions.app_error');
      expectAppError(await unreact(w.tokens.guest, w.users.member.id, p.id, 'smile'), 403, 'api.context.permissions.app_error');
      expect((await unreact(w.tokens.admin, w.users.member.id, p.id, 'smile')).status).toBe(200);
      expect((await s.reload(p.id)).hasReactions).toBe(false);
    });

    it('checks the path parameters', async () => {
      const p = await s.post(w.users.member, w.publicChannel, 'params');
      expectAppError(await unreact(w.tokens.member, 'bad', p.id, 'smile'), 400, 'api.context.invalid_url_param.app_error');
      expectAppError(await unreact(w.tokens.member, w.users.member.id, 'bad', 'smile'), 400, 'api.context.invalid_url_param.app_error');
      expectAppError(await unreact(w.tokens.member, w.users.member.id, p.id, 'a.b'), 400, 'api.context.invalid_url_param.app_error');
    });
  });

  describe('GetReactions and GetBulkReactions', () => {
    it('lists reactions oldest first, and maps every asked post id (sorted, duplicates once) to its reactions', async () => {
      const a = await s.post(w.users.member, w.publicChannel, 'bulk a');
      const b = await s.post(w.users.member, w.publicChannel, 'bulk b');
      await react(w.tokens.member, { user_id: w.users.member.id, post_id: a.id, emoji_name: 'smile' });
      await react(w.tokens.teamAdmin, { user_id: w.users.teamAdmin.id, post_id: a.id, emoji_name: 'heart' });
      const one = await t.request('GET', `${base}/posts/${a.id}/reactions`, { token: w.tokens.guest });
      expect(one.status).toBe(200);
      expect(one.body.map((r: { user_id: string; emoji_name: string }) => [r.user_id, r.emoji_name])).toEqual([
        [w.users.member.id, 'smile'],
        [w.users.teamAdmin.id, 'heart'],
      ]);
      const bulk = await t.request('POST', `${base}/posts/ids/reactions`, { token: w.tokens.member, body: [b.id, a.id, a.id] });
      expect(bulk.status).toBe(200);
      expect(Object.keys(bulk.body).sort()).toEqual([a.id, b.id].sort());
      expect(bulk.body[b.id]).toEqual([]);
      expect(bulk.body[a.id]).toHaveLength(2);
      expectAppError(await t.request('GET', `${base}/posts/bad/reactions`, { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    });

    it('refuses the whole bulk request when one post is unreadable', async () => {
      const pub = await s.post(w.users.member, w.publicChannel, 'readable');
      const priv = await s.post(w.users.member, w.privateChannel, 'secret');
      expect((await t.request('POST', `${base}/posts/ids/reactions`, { token: w.tokens.member, body: [pub.id, priv.id] })).status).toBe(200);
      expectAppError(await t.request('POST', `${base}/posts/ids/reactions`, { token: w.tokens.guest, body: [pub.id, priv.id] }), 403, 'api.context.permissions.app_error');
    });
  });

  describe('events', () => {
    it('sends reaction_added and reaction_removed to the members of the channel only, the reaction as a JSON string', async () => {
      const p = await s.post(w.users.member, w.privateChannel, 'watched');
      const colleague = await rawSocket(url, { token: w.tokens.teamAdmin });
      const actor = await rawSocket(url, { token: w.tokens.member });
      const guest = await rawSocket(url, { token: w.tokens.guest });
      const outsider = await rawSocket(url, { token: w.tokens.outsider });
      await Promise.all([colleague.event('hello'), actor.event('hello'), guest.event('hello'), outsider.event('hello')]);

      expect((await react(w.tokens.member, { user_id: w.users.member.id, post_id: p.id, emoji_name: 'tada' })).status).toBe(200);
      const [added] = await colleague.event('reaction_added');
      expect(added.broadcast.channel_id).toBe(w.privateChannel.id);
      expect(typeof added.data.reaction).toBe('string');
      expect(JSON.parse(added.data.reaction)).toMatchObject({ user_id: w.users.member.id, post_id: p.id, emoji_name: 'tada', channel_id: w.privateChannel.id });
      await actor.event('reaction_added');

      expect((await unreact(w.tokens.member, w.users.member.id, p.id, 'tada')).status).toBe(200);
      const [removed] = await colleague.event('reaction_removed');
      expect(JSON.parse(removed.data.reaction)).toMatchObject({ user_id: w.users.member.id, post_id: p.id, emoji_name: 'tada' });

      for (const sock of [guest, outsider]) {
        expect((await sock.reply(sock.send('ping'))).status).toBe('OK');
        expect(sock.frames.some((f) => f.event === 'reaction_added' || f.event === 'reaction_removed')).toBe(false);
      }
      for (const sock of [colleague, actor, guest, outsider]) sock.close();
    });
  });
});
