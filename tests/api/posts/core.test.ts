import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { base, postsHelpers } from './helpers';
import { fileInfo, posts, threadMemberships, threads } from '../../../db/schema';
import { setChannelDeleteAt } from '../../../db/queries/channelLists';
import { and, eq } from 'drizzle-orm';
import { newId, nowMillis } from '../../../server/ids';

describe('posts: create, read, edit, delete', () => {
  let t: TestServer;
  let w: World;
  const h = postsHelpers(() => t, () => w);

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function uploadedFile(userId: string, channelId = '', name = 'a.png') {
    const id = newId();
    const now = nowMillis();
    await h.db().insert(fileInfo).values({ id, creatorId: userId, channelId, createAt: now, updateAt: now, path: `x/${id}`, name, extension: 'png', size: 10, mimeType: 'image/png', width: 4, height: 3 });
    return id;
  }

  describe('CreatePost', () => {
    it('creates a post (201) with Mattermost fields, hashtags and metadata, and reads it back', async () => {
      const ch = await h.channel('O', [w.users.member]);
      const post = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'hello #world and ##again #no. `#code`', props: { custom: 1 }, pending_post_id: 'p-1' });
      expect(post).toMatchObject({
        channel_id: ch.id,
        user_id: w.users.member.id,
        root_id: '',
        original_id: '',
        type: '',
        hashtags: '#world #again #no #code',
        props: { custom: 1 },
        file_ids: [],
        pending_post_id: 'p-1',
        edit_at: 0,
        delete_at: 0,
        is_pinned: false,
        reply_count: 0,
        last_reply_at: 0,
        participants: null,
        metadata: {},
      });
      expect(post.create_at).toBe(post.update_at);
      expect(post.has_reactions).toBeUndefined();
      const got = await t.request('GET', `${base}/posts/${post.id}`, { token: w.tokens.member });
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({ id: post.id, message: post.message, pending_post_id: '' });
      const row = await h.channelRow(ch.id);
      expect(row).toMatchObject({ totalMsgCount: 1, totalMsgCountRoot: 1, lastPostAt: post.create_at, lastRootPostAt: post.create_at });
    });

    it('answers a retried create (same user and pending_post_id) with the post made the first time', async () => {
      const ch = await h.channel('O', [w.users.member]);
      const body = { channel_id: ch.id, message: 'once', pending_post_id: `${w.users.member.id}:${Date.now()}` };
      const [a, b] = await Promise.all([h.createPost(w.tokens.member, body), h.createPost(w.tokens.member, body)]);
      expect(a.id).toBe(b.id);
      expect(b.pending_post_id).toBe(body.pending_post_id);
      const c = await h.createPost(w.tokens.member, body);
      expect(c.id).toBe(a.id);
      const rows = await h.db().select().from(posts).where(eq(posts.channelId, ch.id));
      expect(rows).toHaveLength(1);
      expect((await h.channelRow(ch.id))!.totalMsgCount).toBe(1);
      // another user's identical pending id is their own post
      const other = await h.createPost(w.tokens.teamAdmin, body);
      expect(other.id).not.toBe(a.id);
    });

    it('attaches the poster\'s own unattached files (in order), drops the others, and shows them in metadata', async () => {
      const ch = await h.channel('O', [w.users.member]);
      const mine = await uploadedFile(w.users.member.id, ch.id, 'one.png');
      const mine2 = await uploadedFile(w.users.member.id, '', 'two.png');
      const theirs = await uploadedFile(w.users.teamAdmin.id, ch.id);
      const otherChannel = await uploadedFile(w.users.member.id, w.publicChannel.id);
      const post = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'files', file_ids: [mine2, theirs, mine, otherChannel, mine] });
      expect(post.file_ids).toEqual([mine2, mine]);
      expect(post.metadata.files.map((f: any) => f.id)).toEqual([mine2, mine]);
      expect(post.metadata.files[0]).toMatchObject({ name: 'two.png', post_id: post.id, channel_id: ch.id, user_id: w.users.member.id, mime_type: 'image/png', width: 4, height: 3 });
      const again = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'reuse', file_ids: [mine] });
      expect(again.file_ids).toEqual([]);
      const infos = await t.request('GET', `${base}/posts/${post.id}/files/info`, { token: w.tokens.member });
      expect(infos.status).toBe(200);
      expect(infos.body.map((f: any) => f.id)).toEqual([mine2, mine]);
      const ids = Array.from({ length: 11 }, () => newId());
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', file_ids: ids } }), 400, 'model.post.is_valid.file_ids.app_error');
    });

    it('refuses what Mattermost refuses', async () => {
      const ch = await h.channel('O', [w.users.member]);
      const long = await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'é'.repeat(16384) } });
      expectAppError(long, 400, 'model.post.is_valid.message_length.app_error');
      await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'é'.repeat(16383) });
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', type: 'system_join_channel' } }), 400, 'api.context.invalid_param.app_error');
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', type: 'weird' } }), 400, 'model.post.is_valid.type.app_error');
      await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'x', type: 'custom_thing' });
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', type: 'burn_on_read' } }), 501, 'api.post.fill_in_post_props.burn_on_read.license.app_error');
      // root must exist, live, in the same channel, and be a root
      const root = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'root' });
      const reply = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'reply', root_id: root.id });
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', root_id: reply.id } }), 400, 'api.post.create_post.root_id.app_error');
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', root_id: newId() } }), 400, 'api.post.create_post.root_id.app_error');
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', root_id: 'nope' } }), 400, 'api.post.create_post.root_id.app_error');
      const elsewhere = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'elsewhere' });
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', root_id: elsewhere.id } }), 400, 'api.post.create_post.channel_root_id.app_error');
      // priority: not on replies; acknowledgements need a licence
      expectAppError(
        await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', root_id: root.id, metadata: { priority: { priority: 'urgent' } } } }),
        400,
        'api.post.post_priority.priority_post_only_allowed_for_root_post.request_error',
      );
      expectAppError(
        await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', metadata: { priority: { priority: 'important', requested_ack: true } } } }),
        501,
        'license_error.feature_unavailable',
      );
      const important = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'x', metadata: { priority: { priority: 'important' } } });
      expect(important.metadata.priority).toEqual({ priority: 'important', requested_ack: false, persistent_notifications: false });
      // channels: unknown is a 403 for users and a 400 for system admins; archived is a 400
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: newId(), message: 'x' } }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.admin, body: { channel_id: newId(), message: 'x' } }), 400, 'api.context.invalid_param.app_error');
      const archived = await h.channel('O', [w.users.member]);
      await setChannelDeleteAt(h.db(), archived.id, nowMillis(), nowMillis());
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: archived.id, message: 'x' } }), 400, 'api.post.create_post.can_not_post_to_deleted.error');
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { message: 'x' } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'nul\u0000' } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: ch.id, message: 'x', type: 7 } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('POST', `${base}/posts`, { token: w.tokens.admin, body: { channel_id: ch.id, message: 'x', create_at: 'yesterday' } }), 400, 'api.context.invalid_body_param.app_error');
    });

    it('keeps create_at from the client only for system admins', async () => {
      const ch = await h.channel('O', [w.users.member, w.users.admin]);
      const mine = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'now', create_at: 1000 });
      expect(mine.create_at).toBeGreaterThan(1000);
      const imported = await h.createPost(w.tokens.admin, { channel_id: ch.id, message: 'then', create_at: 1000 });
      expect(imported.create_at).toBe(1000);
      expect(imported.update_at).toBeGreaterThan(mine.update_at);
    });

    it('maintains the thread of a reply: counts, participants, followers, the root\'s update_at', async () => {
      const ch = await h.channel('O', [w.users.member, w.users.guest]);
      const root = await h.createPost(w.tokens.teamAdmin, { channel_id: ch.id, message: 'root' });
      const r1 = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'r1', root_id: root.id });
      const r2 = await h.createPost(w.tokens.guest, { channel_id: ch.id, message: 'r2', root_id: root.id });
      const r3 = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'r3', root_id: root.id });
      expect(r3.reply_count).toBe(3);
      const [thread] = await h.db().select().from(threads).where(eq(threads.postId, root.id));
      expect(thread).toMatchObject({ channelId: ch.id, teamId: w.team.id, replyCount: 3, lastReplyAt: r3.create_at, participants: [w.users.guest.id, w.users.member.id] });
      const memberships = await h.db().select().from(threadMemberships).where(eq(threadMemberships.postId, root.id));
      expect(memberships.map((m) => m.userId).sort()).toEqual([w.users.teamAdmin.id, w.users.member.id, w.users.guest.id].sort());
      expect(memberships.every((m) => m.following)).toBe(true);
      const replier = memberships.find((m) => m.userId === w.users.member.id)!;
      expect(replier.lastViewed).toBe(r3.create_at);
      const rootNow = await t.request('GET', `${base}/posts/${root.id}`, { token: w.tokens.member });
      expect(rootNow.body.update_at).toBe(r3.update_at);
      expect(rootNow.body.reply_count).toBe(3);
      expect(r1.update_at).toBeLessThan(r2.update_at);
      const ch2 = (await h.channelRow(ch.id))!;
      expect(ch2).toMatchObject({ totalMsgCount: 4, totalMsgCountRoot: 1, lastRootPostAt: root.create_at, lastPostAt: r3.create_at });
    });
  });

  describe('GetPost, getPostsByIds', () => {
    it('hides deleted posts unless a system admin asks with include_deleted', async () => {
      const ch = await h.channel('O', [w.users.member]);
      const p = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'bye' });
      expect((await t.request('DELETE', `${base}/posts/${p.id}`, { token: w.tokens.member })).status).toBe(200);
      expectAppError(await t.request('GET', `${base}/posts/${p.id}`, { token: w.tokens.member }), 404, 'app.post.get.app_error');
      expectAppError(await t.request('GET', `${base}/posts/${p.id}?include_deleted=true`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      const admin = await t.request('GET', `${base}/posts/${p.id}?include_deleted=true`, { token: w.tokens.admin });
      expect(admin.status).toBe(200);
      expect(admin.body).toMatchObject({ id: p.id, message: '', metadata: {} });
      expect(admin.body.delete_at).toBeGreaterThan(0);
      expect(admin.body.props.deleteBy).toBe(w.users.member.id);
      expectAppError(await t.request('GET', `${base}/posts/${newId()}`, { token: w.tokens.member }), 404, 'app.post.get.app_error');
      expectAppError(await t.request('GET', `${base}/posts/bad`, { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    });

    it('returns the readable posts of a list of ids, newest first, and 404 when none exists', async () => {
      const open = await h.channel('O', [w.users.member]);
      const closed = await h.channel('P', []);
      const a = await h.createPost(w.tokens.member, { channel_id: open.id, message: 'a' });
      const b = await h.createPost(w.tokens.teamAdmin, { channel_id: closed.id, message: 'b' });
      const c = await h.createPost(w.tokens.member, { channel_id: open.id, message: 'c' });
      const res = await t.request('POST', `${base}/posts/ids`, { token: w.tokens.member, body: [a.id, b.id, c.id, newId()] });
      expect(res.status).toBe(200);
      expect(res.body.map((p: any) => p.id)).toEqual([c.id, a.id]);
      expectAppError(await t.request('POST', `${base}/posts/ids`, { token: w.tokens.member, body: [newId()] }), 404, 'app.post.get.app_error');
      expectAppError(await t.request('POST', `${base}/posts/ids`, { token: w.tokens.member, body: [] }), 400, 'api.context.invalid_body_param.app_error');
      const many = Array.from({ length: 1001 }, () => newId());
      expectAppError(await t.request('POST', `${base}/posts/ids`, { token: w.tokens.member, body: many }), 400, 'api.post.posts_by_ids.invalid_body.request_error');
      const outsider = await t.request('POST', `${base}/posts/ids`, { token: w.tokens.outsider, body: [a.id, b.id] });
      expect(outsider.status).toBe(200);
      expect(outsider.body).toEqual([]);
    });
  });

  describe('UpdatePost, PatchPost, pins, edit history, restore', () => {
    it('edits: message, edit_at, hashtags, history kept as Mattermost stores it, restore', async () => {
      const ch = await h.channel('O', [w.users.member]);
      const p = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'v1 #one' });
      const patched = await t.request('PUT', `${base}/posts/${p.id}/patch`, { token: w.tokens.member, body: { message: 'v2 #two' } });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ id: p.id, message: 'v2 #two', hashtags: '#two' });
      expect(patched.body.edit_at).toBe(patched.body.update_at);
      expect(patched.body.update_at).toBeGreaterThan(p.update_at);
      const put = await t.request('PUT', `${base}/posts/${p.id}`, { token: w.tokens.member, body: { id: p.id, message: 'v3', props: { a: 'b' } } });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ message: 'v3', props: { a: 'b' }, is_pinned: false });
      const history = await t.request('GET', `${base}/posts/${p.id}/edit_history`, { token: w.tokens.member });
      expect(history.status).toBe(200);
      expect(history.body.map((v: any) => v.message)).toEqual(['v2 #two', 'v1 #one']);
      expect(history.body[0]).toMatchObject({ original_id: p.id, channel_id: ch.id, user_id: w.users.member.id });
      expect(history.body[0].delete_at).toBe(put.body.update_at);
      expect(history.body[0].id).not.toBe(p.id);
      // history rows never show up as channel posts
      const list = await t.request('GET', `${base}/channels/${ch.id}/posts?include_deleted=true`, { token: w.tokens.admin });
      expect(list.body.order).toEqual([p.id]);
      const v1 = history.body[1];
      const restored = await t.request('POST', `${base}/posts/${p.id}/restore/${v1.id}`, { token: w.tokens.member });
      expect(restored.status).toBe(200);
      expect(restored.body.message).toBe('v1 #one');
      expectAppError(await t.request('POST', `${base}/posts/${p.id}/restore/${p.id}`, { token: w.tokens.member }), 400, 'app.post.restore_post_version.not_an_history_item.app_error');
      expectAppError(await t.request('POST', `${base}/posts/${p.id}/restore/${v1.id}`, { token: w.tokens.teamAdmin }), 403, 'api.context.permissions.app_error');
      // only the author reads the history
      expectAppError(await t.request('GET', `${base}/posts/${p.id}/edit_history`, { token: w.tokens.admin }), 403, 'api.context.permissions.app_error');
      const fresh = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'never edited' });
      expectAppError(await t.request('GET', `${base}/posts/${fresh.id}/edit_history`, { token: w.tokens.member }), 404, 'app.post.get.app_error');
      expectAppError(await t.request('PUT', `${base}/posts/${p.id}`, { token: w.tokens.member, body: { id: fresh.id, message: 'x' } }), 400, 'api.context.invalid_body_param.app_error');
    });

    it('checks edit_post / edit_others_posts, the edit time limit, system messages and archived channels', async () => {
      const ch = await h.channel('O', [w.users.member, w.users.guest]);
      const p = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'mine' });
      expectAppError(await t.request('PUT', `${base}/posts/${p.id}/patch`, { token: w.tokens.guest, body: { message: 'hijack' } }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('PUT', `${base}/posts/${p.id}/patch`, { token: w.tokens.teamAdmin, body: { message: 'hijack' } }), 403, 'api.context.permissions.app_error');
      const byAdmin = await t.request('PUT', `${base}/posts/${p.id}/patch`, { token: w.tokens.admin, body: { message: 'moderated' } });
      expect(byAdmin.status).toBe(200);
      expectAppError(await t.request('PUT', `${base}/posts/${newId()}/patch`, { token: w.tokens.member, body: { message: 'x' } }), 403, 'api.context.permissions.app_error');
      const cfg = t.running.context.config;
      const saved = cfg.get();
      await cfg.save({ ...saved, ServiceSettings: { ...saved.ServiceSettings, PostEditTimeLimit: 1 } });
      const old = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'old' });
      await h.db().update(posts).set({ createAt: old.create_at - 5000 }).where(eq(posts.id, old.id));
      expectAppError(await t.request('PUT', `${base}/posts/${old.id}/patch`, { token: w.tokens.member, body: { message: 'too late' } }), 400, 'api.post.update_post.permissions_time_limit.app_error');
      expect((await t.request('PUT', `${base}/posts/${old.id}/patch`, { token: w.tokens.member, body: { is_pinned: true } })).status).toBe(200);
      await cfg.save(saved);
      const sys = await h.db().insert(posts).values({ id: newId(), createAt: nowMillis(), updateAt: nowMillis(), userId: w.users.member.id, channelId: ch.id, type: 'system_join_channel', message: 'joined' }).returning();
      expectAppError(await t.request('PUT', `${base}/posts/${sys[0].id}/patch`, { token: w.tokens.member, body: { message: 'x' } }), 400, 'api.post.update_post.system_message.app_error');
      await setChannelDeleteAt(h.db(), ch.id, nowMillis(), nowMillis());
      expectAppError(await t.request('PUT', `${base}/posts/${p.id}/patch`, { token: w.tokens.member, body: { message: 'x' } }), 400, 'api.post.patch_post.can_not_update_post_in_deleted.error');
      expectAppError(await t.request('DELETE', `${base}/posts/${p.id}`, { token: w.tokens.member }), 400, 'api.post.delete_post.can_not_delete_post_in_deleted.error');
    });

    it('pins and unpins for anyone who can read the channel, and lists pinned posts', async () => {
      const ch = await h.channel('O', [w.users.member]);
      const a = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'a' });
      const b = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'b' });
      expect((await t.request('POST', `${base}/posts/${b.id}/pin`, { token: w.tokens.teamAdmin })).body).toEqual({ status: 'OK' });
      expect((await t.request('POST', `${base}/posts/${a.id}/pin`, { token: w.tokens.member })).status).toBe(200);
      const pinned = await t.request('GET', `${base}/channels/${ch.id}/pinned`, { token: w.tokens.member });
      expect(pinned.status).toBe(200);
      expect(pinned.body.order).toEqual([a.id, b.id]);
      expect(pinned.body.posts[a.id].is_pinned).toBe(true);
      expect((await t.request('POST', `${base}/posts/${a.id}/unpin`, { token: w.tokens.member })).status).toBe(200);
      expect((await t.request('GET', `${base}/channels/${ch.id}/pinned`, { token: w.tokens.member })).body.order).toEqual([b.id]);
      expectAppError(await t.request('POST', `${base}/posts/${newId()}/pin`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      const closed = await h.channel('P', []);
      const secret = await h.createPost(w.tokens.teamAdmin, { channel_id: closed.id, message: 's' });
      expectAppError(await t.request('POST', `${base}/posts/${secret.id}/pin`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('GET', `${base}/channels/${closed.id}/pinned`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    });
  });

  describe('DeletePost', () => {
    it('deletes a root with its replies and hides their files, keeps channel totals, recounts a thread', async () => {
      const ch = await h.channel('O', [w.users.member, w.users.guest]);
      const file = await uploadedFile(w.users.member.id, ch.id);
      const replyFile = await uploadedFile(w.users.guest.id, ch.id);
      const root = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'root', file_ids: [file] });
      const r1 = await h.createPost(w.tokens.guest, { channel_id: ch.id, message: 'r1', root_id: root.id, file_ids: [replyFile] });
      const r2 = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'r2', root_id: root.id });
      // deleting a reply recounts the thread
      expectAppError(await t.request('DELETE', `${base}/posts/${r2.id}`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
      expect((await t.request('DELETE', `${base}/posts/${r2.id}`, { token: w.tokens.member })).status).toBe(200);
      let [thread] = await h.db().select().from(threads).where(eq(threads.postId, root.id));
      expect(thread).toMatchObject({ replyCount: 1, lastReplyAt: r1.create_at, participants: [w.users.guest.id] });
      const rootAfter = await t.request('GET', `${base}/posts/${root.id}`, { token: w.tokens.member });
      expect(rootAfter.body.reply_count).toBe(1);
      // team admins hold delete_others_posts
      expect((await t.request('DELETE', `${base}/posts/${root.id}`, { token: w.tokens.teamAdmin })).status).toBe(200);
      const rows = await h.db().select().from(posts).where(and(eq(posts.channelId, ch.id), eq(posts.originalId, '')));
      expect(rows.every((r) => r.deleteAt > 0)).toBe(true);
      expect(rows.find((r) => r.id === r1.id)!.props.deleteBy).toBe(w.users.teamAdmin.id);
      [thread] = await h.db().select().from(threads).where(eq(threads.postId, root.id));
      expect(thread.threadDeleteAt).toBeGreaterThan(0);
      const files = await h.db().select().from(fileInfo).where(eq(fileInfo.channelId, ch.id));
      expect(files.filter((f) => f.id === file || f.id === replyFile).every((f) => f.deleteAt > 0)).toBe(true);
      expect((await h.channelRow(ch.id))!.totalMsgCount).toBe(3);
      expectAppError(await t.request('DELETE', `${base}/posts/${root.id}`, { token: w.tokens.teamAdmin }), 404, 'app.post.get.app_error');
      const infos = await t.request('GET', `${base}/posts/${root.id}/files/info?include_deleted=true`, { token: w.tokens.admin });
      expect(infos.status).toBe(200);
      expect(infos.body[0].delete_at).toBeGreaterThan(0);
      expectAppError(await t.request('GET', `${base}/posts/${root.id}/files/info?include_deleted=true`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    });
  });

  describe('post info, ephemeral, licensed features', () => {
    it('GetPostInfo tells where a post is and whether the caller joined, hiding private channels', async () => {
      const open = await h.channel('O', []);
      const closed = await h.channel('P', []);
      const a = await h.createPost(w.tokens.teamAdmin, { channel_id: open.id, message: 'a' });
      const b = await h.createPost(w.tokens.teamAdmin, { channel_id: closed.id, message: 'b' });
      const info = await t.request('GET', `${base}/posts/${a.id}/info`, { token: w.tokens.member });
      expect(info.status).toBe(200);
      expect(info.body).toEqual({
        channel_id: open.id,
        channel_type: 'O',
        channel_display_name: open.displayName,
        has_joined_channel: false,
        team_id: w.team.id,
        team_type: 'O',
        team_display_name: w.team.displayName,
        has_joined_team: true,
      });
      expectAppError(await t.request('GET', `${base}/posts/${b.id}/info`, { token: w.tokens.member }), 404, 'app.post.get.app_error');
      expect((await t.request('GET', `${base}/posts/${b.id}/info`, { token: w.tokens.teamAdmin })).body.has_joined_channel).toBe(true);
      const outsider = await t.request('GET', `${base}/posts/${a.id}/info`, { token: w.tokens.outsider });
      expect(outsider.status).toBe(200);
      expect(outsider.body).toMatchObject({ has_joined_team: false, has_joined_channel: false });
      expectAppError(await t.request('GET', `${base}/posts/${b.id}/info`, { token: w.tokens.outsider }), 404, 'app.post.get.app_error');
    });

    it('creates ephemeral posts for system admins only, never stored', async () => {
      const res = await t.request('POST', `${base}/posts/ephemeral`, { token: w.tokens.admin, body: { user_id: w.users.member.id, post: { channel_id: w.publicChannel.id, message: 'psst' } } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ type: 'system_ephemeral', user_id: w.users.admin.id, message: 'psst', channel_id: w.publicChannel.id });
      expect(await h.db().select().from(posts).where(eq(posts.id, res.body.id))).toHaveLength(0);
      expectAppError(
        await t.request('POST', `${base}/posts/ephemeral`, { token: w.tokens.member, body: { user_id: w.users.member.id, post: { channel_id: w.publicChannel.id, message: 'x' } } }),
        403,
        'api.context.permissions.app_error',
      );
      expectAppError(
        await t.request('POST', `${base}/posts/ephemeral`, { token: w.tokens.admin, body: { user_id: '', post: { channel_id: w.publicChannel.id, message: 'x' } } }),
        400,
        'api.context.invalid_body_param.app_error',
      );
    });

    it('answers acknowledgements, thread moves and burn-on-read as Team Edition does', async () => {
      const ch = await h.channel('O', [w.users.member]);
      const p = await h.createPost(w.tokens.teamAdmin, { channel_id: ch.id, message: 'p' });
      expect((await t.request('POST', `${base}/users/me/posts/${p.id}/ack`, { token: w.tokens.member })).status).toBe(501);
      expectAppError(await t.request('DELETE', `${base}/users/me/posts/${p.id}/ack`, { token: w.tokens.member }), 501, 'license_error.feature_unavailable');
      expectAppError(await t.request('POST', `${base}/posts/${p.id}/move`, { token: w.tokens.admin, body: { channel_id: ch.id } }), 501, 'api.post.move_thread.disabled.app_error');
      expectAppError(await t.request('DELETE', `${base}/posts/${p.id}/burn`, { token: w.tokens.member }), 400, 'app.burn_post.not_burn_on_read.app_error');
      expectAppError(await t.request('DELETE', `${base}/posts/${p.id}/burn`, { token: w.tokens.admin }), 403, 'api.post.burn_post.user_not_in_channel.app_error');
      expectAppError(await t.request('GET', `${base}/posts/${p.id}/reveal`, { token: w.tokens.member }), 400, 'app.reveal_post.not_burn_on_read.app_error');
      expectAppError(await t.request('GET', `${base}/posts/${p.id}/reveal`, { token: w.tokens.teamAdmin }), 400, 'api.post.reveal_post.cannot_reveal_own_post.app_error');
    });
  });
});
