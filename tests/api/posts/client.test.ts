import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { officialClient, waitUntil } from '../../helpers/wsClient';

describe('posts through the official @mattermost/client', () => {
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

  function client(token: string) {
    const c = new Client4();
    c.setUrl(url);
    c.setToken(token);
    return c;
  }

  it('creates, lists, threads, patches, pins, marks unread and deletes posts; the WebSocketClient receives them', async () => {
    const ws = officialClient(url, w.tokens.teamAdmin!);
    await waitUntil(() => ws.events('hello')[0], 5000, 'hello');
    const c = client(w.tokens.member!);
    const channelId = w.privateChannel.id;

    const root = await c.createPost({ channel_id: channelId, message: 'from the client', pending_post_id: `${w.users.member.id}:1` } as never);
    expect(root).toMatchObject({ channel_id: channelId, message: 'from the client', user_id: w.users.member.id, pending_post_id: `${w.users.member.id}:1` });
    const posted = await waitUntil(() => ws.events('posted').find((f) => JSON.parse(f.data.post).id === root.id), 5000, 'posted');
    expect(posted.data.channel_type).toBe('P');

    const reply = await c.createPost({ channel_id: channelId, message: 'a reply', root_id: root.id } as never);
    const list = await c.getPosts(channelId, 0, 10);
    expect(list.order.slice(0, 2)).toEqual([reply.id, root.id]);
    expect(list.posts[root.id].reply_count).toBe(1);

    const thread = await c.getPostThread(root.id);
    expect(thread.order).toEqual([root.id, reply.id]);

    const since = await c.getPostsSince(channelId, root.update_at);
    expect(Object.keys(since.posts)).toContain(reply.id);

    const patched = await c.patchPost({ id: root.id, message: 'edited by the client' } as never);
    expect(patched.message).toBe('edited by the client');
    expect(patched.edit_at).toBeGreaterThan(0);
    await waitUntil(() => ws.events('post_edited').find((f) => JSON.parse(f.data.post).message === 'edited by the client'), 5000, 'post_edited');

    await c.pinPost(root.id);
    const pinned = await c.getPinnedPosts(channelId);
    expect(pinned.order).toEqual([root.id]);
    const history = await c.getPostEditHistory(root.id);
    expect(history.map((p) => p.message)).toContain('from the client');

    const other = client(w.tokens.teamAdmin!);
    const unread = await other.markPostAsUnread(w.users.teamAdmin.id, reply.id);
    expect(unread).toMatchObject({ channel_id: channelId, last_viewed_at: reply.create_at - 1 });
    const around = await other.getPostsUnread(channelId, w.users.teamAdmin.id);
    expect(around.order[0]).toBe(reply.id);

    await c.deletePost(reply.id);
    const deleted = await waitUntil(() => ws.events('post_deleted').find((f) => JSON.parse(f.data.post).id === reply.id), 5000, 'post_deleted');
    expect(deleted.broadcast.channel_id).toBe(channelId);
    await expect(c.getPost(reply.id)).rejects.toMatchObject({ status_code: 404, server_error_id: 'app.post.get.app_error' });
    const byIds = await c.getPostsByIds([root.id, reply.id]);
    expect(byIds.map((p) => p.id).sort()).toEqual([root.id, reply.id].sort());
    ws.close();
  });
});
