import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { base, postsHelpers } from './helpers';
import { posts, postsPriority } from '../../../db/schema';
import type { MattermostConfig } from '../../../server/config';
import type { WsEvent } from '../../../server/events/types';

const NO_ACK = { requested_ack: false, persistent_notifications: false };

describe('posts: priority (PostsPriority) and interactive action ids', () => {
  let t: TestServer;
  let w: World;
  const h = postsHelpers(() => t, () => w);
  const events: WsEvent[] = [];
  const editConfig = async (edit: (c: MattermostConfig) => void) => {
    const config = structuredClone(t.running.context.config.storedConfig());
    edit(config);
    await t.running.context.config.save(config);
  };

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    t.running.context.events.onEvent((e) => events.push(e));
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const priorityRow = async (postId: string) => (await h.db().select().from(postsPriority).where(eq(postsPriority.postId, postId)))[0];

  it('persona matrix: who may create a post with a priority in the public channel', async () => {
    const expected: Record<Persona, number> = { anonymous: 401, outsider: 403, guest: 201, member: 201, teamAdmin: 201, admin: 201 };
    for (const p of PERSONAS) {
      const res = await t.request('POST', `${base}/posts`, { token: w.tokens[p], body: { channel_id: w.publicChannel.id, message: `from ${p}`, metadata: { priority: { priority: 'important' } } } });
      expect(res.status, `${p}: ${JSON.stringify(res.body)}`).toBe(expected[p]);
      if (res.status === 201) {
        expect(res.body.metadata.priority).toEqual({ priority: 'important', ...NO_ACK });
        expect(await priorityRow(res.body.id)).toEqual({ postId: res.body.id, channelId: w.publicChannel.id, priority: 'important', ...{ requestedAck: false, persistentNotifications: false } });
      }
    }
  });

  it('stores the priority and shows it wherever the post is read, and in the posted event', async () => {
    events.length = 0;
    const post = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'urgent!', metadata: { priority: { priority: 'urgent', requested_ack: false } } });
    expect(post.metadata.priority).toEqual({ priority: 'urgent', ...NO_ACK });
    const posted = events.find((e) => e.event === 'posted' && JSON.parse(e.data.post as string).id === post.id);
    expect(JSON.parse(posted!.data.post as string).metadata.priority).toEqual({ priority: 'urgent', ...NO_ACK });

    const one = await t.request('GET', `${base}/posts/${post.id}`, { token: w.tokens.teamAdmin });
    expect(one.body.metadata.priority).toEqual({ priority: 'urgent', ...NO_ACK });
    const list = await t.request('GET', `${base}/channels/${w.publicChannel.id}/posts`, { token: w.tokens.teamAdmin });
    expect(list.body.posts[post.id].metadata.priority).toEqual({ priority: 'urgent', ...NO_ACK });
    const thread = await t.request('GET', `${base}/posts/${post.id}/thread`, { token: w.tokens.teamAdmin });
    expect(thread.body.posts[post.id].metadata.priority).toEqual({ priority: 'urgent', ...NO_ACK });

    // A plain post has none.
    const plain = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'plain' });
    expect(plain.metadata.priority).toBeUndefined();
    expect(await priorityRow(plain.id)).toBeUndefined();
  });

  it('refuses acknowledgements and persistent notifications (Team Edition: 501), replies (400), bad values (400), and stores nothing', async () => {
    const before = (await h.db().select().from(posts).where(eq(posts.channelId, w.publicChannel.id))).length;
    const create = (metadata: unknown, extra: Record<string, unknown> = {}) =>
      t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: w.publicChannel.id, message: 'p', metadata, ...extra } });
    expectAppError(await create({ priority: { priority: 'important', requested_ack: true } }), 501, 'license_error.feature_unavailable');
    expectAppError(await create({ priority: { priority: 'urgent', persistent_notifications: true } }), 501, 'license_error.feature_unavailable');
    const root = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'root' });
    expectAppError(
      await create({ priority: { priority: 'urgent' } }, { root_id: root.id }),
      400,
      'api.post.post_priority.priority_post_only_allowed_for_root_post.request_error',
    );
    expect((await create({ priority: { priority: 'x'.repeat(33) } })).status).toBe(400);
    expect((await create({ priority: { priority: 7 } })).status).toBe(400);
    expect((await h.db().select().from(posts).where(eq(posts.channelId, w.publicChannel.id))).length).toBe(before + 1);
  });

  it('with PostPriority off: creating one is 403 and stored priorities are no longer shown', async () => {
    const post = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'important', metadata: { priority: { priority: 'important' } } });
    await editConfig((c) => {
      c.ServiceSettings.PostPriority = false;
    });
    try {
      expectAppError(
        await t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: w.publicChannel.id, message: 'p', metadata: { priority: { priority: 'urgent' } } } }),
        403,
        'api.post.post_priority.priority_post_not_allowed_for_user.request_error',
      );
      const got = await t.request('GET', `${base}/posts/${post.id}`, { token: w.tokens.member });
      expect(got.body.metadata.priority).toBeUndefined();
      expect(await priorityRow(post.id)).toBeDefined();
    } finally {
      await editConfig((c) => {
        c.ServiceSettings.PostPriority = true;
      });
    }
  });

  it('an urgent post mentioning a member counts as an urgent mention when the channel is marked unread from it', async () => {
    const ch = await h.channel('O', [w.users.member]);
    const urgent = await h.createPost(w.tokens.teamAdmin, { channel_id: ch.id, message: `@${w.users.member.username} now`, metadata: { priority: { priority: 'urgent' } } });
    await h.createPost(w.tokens.teamAdmin, { channel_id: ch.id, message: `@${w.users.member.username} later` });
    const res = await t.request('POST', `${base}/users/me/posts/${urgent.id}/set_unread`, { token: w.tokens.member, body: {} });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ mention_count: 2, mention_count_root: 2, urgent_mention_count: 1 });
  });

  describe('interactive action ids', () => {
    const attachments = () => [
      { text: 'pick', actions: [{ name: 'Go', integration: { url: 'http://127.0.0.1:9/x' } }, { id: 'keep1', name: 'Kept' }] },
      { text: 'no actions' },
    ];

    it('a post created through POST /posts gets ids for its actions (given ids kept), stored and served', async () => {
      const post = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'buttons', props: { attachments: attachments() } });
      const [first, kept] = post.props.attachments[0].actions;
      expect(first.id).toMatch(/^[a-z0-9]{26}$/);
      expect(kept.id).toBe('keep1');
      expect(post.props.attachments[1]).toEqual({ text: 'no actions' });
      const [row] = await h.db().select().from(posts).where(eq(posts.id, post.id));
      expect((row.props as { attachments: Array<{ actions?: Array<{ id: string }> }> }).attachments[0].actions!.map((a) => a.id)).toEqual([first.id, 'keep1']);
    });

    it('an edit that brings new actions gives them ids too', async () => {
      const post = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'plain first' });
      const res = await t.request('PUT', `${base}/posts/${post.id}/patch`, { token: w.tokens.member, body: { props: { attachments: attachments() } } });
      expect(res.status).toBe(200);
      expect(res.body.props.attachments[0].actions[0].id).toMatch(/^[a-z0-9]{26}$/);
      expect(res.body.props.attachments[0].actions[1].id).toBe('keep1');
    });

    it('an ephemeral post\'s actions get ids', async () => {
      const res = await t.request('POST', `${base}/posts/ephemeral`, {
        token: w.tokens.admin,
        body: { user_id: w.users.member.id, post: { channel_id: w.publicChannel.id, message: 'only you', props: { attachments: attachments() } } },
      });
      expect(res.status).toBe(201);
      expect(res.body.props.attachments[0].actions[0].id).toMatch(/^[a-z0-9]{26}$/);
    });
  });
});
