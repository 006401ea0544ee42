/**
 * `since` never skips: writers create, reply to, edit, pin and delete posts concurrently in a
 * few channels while a reader keeps syncing each channel with `since` = the largest update_at
 * it has seen. Once the writers stop and the reader has caught up, it must hold every post of
 * every channel in its final version. A write committed with an update_at below a value the
 * reader already used as `since` would be missing or stale here.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { base, postsHelpers } from './helpers';
import { posts } from '../../../db/schema';

interface Seen {
  update_at: number;
  delete_at: number;
  message: string;
  is_pinned: boolean;
}

describe('posts: since under concurrent writes', () => {
  let t: TestServer;
  let w: World;
  const h = postsHelpers(() => t, () => w);

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('lets a reader syncing with since = max(update_at) see every post in its final version', async () => {
    const writers = await Promise.all([h.teamUser('w1'), h.teamUser('w2'), h.teamUser('w3'), h.teamUser('w4')]);
    const channels = await Promise.all([0, 1, 2].map(() => h.channel('O', writers.map((x) => x.row))));
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };

    let writing = true;
    const created: Array<{ id: string; channelId: string; token: string; rootId: string }> = [];
    async function writer(token: string, ops: number) {
      for (let i = 0; i < ops; i += 1) {
        const ch = channels[rand(channels.length)];
        const mine = created.filter((p) => p.token === token && p.channelId === ch.id);
        const roll = rand(10);
        if (roll < 5 || mine.length === 0) {
          const roots = created.filter((p) => p.channelId === ch.id && p.rootId === '');
          const root = roll < 2 && roots.length ? roots[rand(roots.length)] : undefined;
          const res = await t.request('POST', `${base}/posts`, { token, body: { channel_id: ch.id, message: `m${i}`, root_id: root?.id } });
          if (res.status === 201) created.push({ id: res.body.id, channelId: ch.id, token, rootId: res.body.root_id });
        } else if (roll < 8) {
          const p = mine[rand(mine.length)];
          await t.request('PUT', `${base}/posts/${p.id}/patch`, { token, body: { message: `edit ${i}` } });
        } else if (roll < 9) {
          const p = mine[rand(mine.length)];
          await t.request('POST', `${base}/posts/${p.id}/pin`, { token });
        } else {
          const p = mine[rand(mine.length)];
          await t.request('DELETE', `${base}/posts/${p.id}`, { token });
        }
      }
    }

    const views = new Map<string, Map<string, Seen>>(channels.map((c) => [c.id, new Map()]));
    const since = new Map<string, number>(channels.map((c) => [c.id, 1]));
    let polls = 0;
    async function sync(channelId: string): Promise<number> {
      const res = await t.request('GET', `${base}/channels/${channelId}/posts?since=${since.get(channelId)}`, { token: w.tokens.teamAdmin });
      expect(res.status).toBe(200);
      polls += 1;
      const view = views.get(channelId)!;
      let changes = 0;
      for (const post of Object.values(res.body.posts) as Array<Seen & { id: string; channel_id: string }>) {
        expect(post.channel_id).toBe(channelId);
        const known = view.get(post.id);
        if (!known || known.update_at < post.update_at) {
          view.set(post.id, { update_at: post.update_at, delete_at: post.delete_at, message: post.message, is_pinned: post.is_pinned });
          changes += 1;
        }
        since.set(channelId, Math.max(since.get(channelId)!, post.update_at));
      }
      return changes;
    }
    async function reader() {
      while (writing) {
        for (const c of channels) await sync(c.id);
      }
    }

    const readers = [reader(), reader()];
    await Promise.all(writers.map((x) => writer(x.token, 30)));
    writing = false;
    await Promise.all(readers);
    // catch up: nothing is being written any more
    for (const c of channels) while ((await sync(c.id)) > 0);

    expect(polls).toBeGreaterThan(channels.length);
    let total = 0;
    for (const c of channels) {
      const truth = await h.db().select().from(posts).where(and(eq(posts.channelId, c.id), eq(posts.originalId, '')));
      const view = views.get(c.id)!;
      expect([...view.keys()].sort()).toEqual(truth.map((p) => p.id).sort());
      for (const p of truth) {
        expect(view.get(p.id), p.id).toEqual({ update_at: p.updateAt, delete_at: p.deleteAt, message: p.deleteAt ? '' : p.message, is_pinned: p.isPinned });
      }
      // the channel clock gives every post of a channel its own create_at
      expect(new Set(truth.map((p) => p.createAt)).size).toBe(truth.length);
      total += truth.length;
    }
    expect(total).toBeGreaterThan(40);
  });
});
