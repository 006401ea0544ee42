import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshPostgresDatabase, startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { bootstrapAdmin, createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { base, postsHelpers } from './helpers';
import { bots, postReminders, posts, users } from '../../../db/schema';
import { firePostReminders, startPostReminderScheduler } from '../../../app/posts/reminders';
import { directChannelName } from '../../../app/channels/direct';
import { createServer, type RunningServer } from '../../../server/createServer';
import type { WsEvent } from '../../../server/events/types';

const quiet = () => {};

describe('posts: SetPostReminder and the reminder scheduler', () => {
  let t: TestServer;
  let w: World;
  const h = postsHelpers(() => t, () => w);
  const events: WsEvent[] = [];

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    t.running.context.events.onEvent((e) => events.push(e));
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const remind = (token: string | undefined, userId: string, postId: string, body: unknown) =>
    t.request('POST', `${base}/users/${userId}/posts/${postId}/reminder`, { token, body });
  const reminderRows = (postId: string) => h.db().select().from(postReminders).where(eq(postReminders.postId, postId));

  it('persona matrix: who may set a reminder on a private channel post for themself', async () => {
    const post = await h.createPost(w.tokens.teamAdmin, { channel_id: w.privateChannel.id, message: 'private' });
    const expected: Record<Persona, number> = { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 };
    for (const p of PERSONAS) {
      const res = await remind(w.tokens[p], 'me', post.id, { target_time: 2_000_000_000 });
      expect(res.status, `${p}: ${JSON.stringify(res.body)}`).toBe(expected[p]);
      if (expected[p] === 200) expect(res.body).toEqual({ status: 'OK' });
      if (expected[p] === 403) expect(res.body.id).toBe('api.context.permissions.app_error');
    }
    const rows = await reminderRows(post.id);
    expect(rows.map((r) => r.userId).sort()).toEqual([w.users.member.id, w.users.teamAdmin.id, w.users.admin.id].sort());
    expect(rows.every((r) => r.targetTime === 2_000_000_000)).toBe(true);
  });

  it('for another user: only with edit_other_users (a member may not, an admin may)', async () => {
    const post = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'for someone else' });
    expectAppError(await remind(w.tokens.member, w.users.teamAdmin.id, post.id, { target_time: 1 }), 403, 'api.context.permissions.app_error');
    const res = await remind(w.tokens.admin, w.users.member.id, post.id, { target_time: 1_900_000_000 });
    expect(res.status).toBe(200);
    expect(await reminderRows(post.id)).toEqual([{ postId: post.id, userId: w.users.member.id, targetTime: 1_900_000_000 }]);
  });

  it('refuses bad ids and bodies with 400, an unknown post with 403, and writes nothing', async () => {
    const post = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'x' });
    expectAppError(await remind(w.tokens.member, 'me', 'not-an-id', { target_time: 1 }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await remind(w.tokens.member, 'bad', post.id, { target_time: 1 }), 400, 'api.context.invalid_url_param.app_error');
    expect((await remind(w.tokens.member, 'me', post.id, {})).status).toBe(400);
    expect((await remind(w.tokens.member, 'me', post.id, { target_time: 'soon' })).status).toBe(400);
    expect((await remind(w.tokens.member, 'me', post.id, { target_time: 1.5 })).status).toBe(400);
    expectAppError(await remind(w.tokens.member, 'me', 'a'.repeat(26), { target_time: 1 }), 403, 'api.context.permissions.app_error');
    expect(await reminderRows(post.id)).toEqual([]);
  });

  it('a second reminder on the same post moves the first; the user gets an ephemeral confirmation', async () => {
    const post = await h.createPost(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, message: 'remind me' });
    events.length = 0;
    expect((await remind(w.tokens.member, 'me', post.id, { target_time: 1_800_000_000 })).status).toBe(200);
    expect((await remind(w.tokens.member, w.users.member.id, post.id, { target_time: 1_800_000_600 })).status).toBe(200);
    expect(await reminderRows(post.id)).toEqual([{ postId: post.id, userId: w.users.member.id, targetTime: 1_800_000_600 }]);
    const eph = events.filter((e) => e.event === 'ephemeral_message');
    expect(eph).toHaveLength(2);
    expect(eph[1].broadcast).toMatchObject({ user_id: w.users.member.id, channel_id: w.publicChannel.id });
    const sent = JSON.parse(eph[1].data.post as string);
    expect(sent).toMatchObject({
      type: 'system_ephemeral',
      user_id: w.users.member.id,
      channel_id: w.publicChannel.id,
      root_id: post.id,
      props: { type: 'reminder', post_id: post.id, team_name: w.team.name, username: w.users.teamAdmin.username, target_time: 1_800_000_600 },
    });
    expect(sent.message).toContain(`/${w.team.name}/pl/${post.id}`);
  });

  it('fires due reminders once, from the system bot, in the user\'s direct channel with it', async () => {
    await h.db().delete(postReminders); // earlier tests' reminders are due too
    const post = await h.createPost(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, message: 'due soon' });
    const later = await h.createPost(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, message: 'due later' });
    expect((await remind(w.tokens.member, 'me', post.id, { target_time: 3_000_000_000 })).status).toBe(200);
    expect((await remind(w.tokens.member, 'me', later.id, { target_time: 3_000_000_100 })).status).toBe(200);

    let clock = 2_999_999_999_000;
    const scheduler = startPostReminderScheduler(t.running.context, { intervalMs: 3_600_000, now: () => clock, log: quiet });
    try {
      expect(await scheduler.tick()).toBe(0);
      expect(await reminderRows(post.id)).toHaveLength(1);

      clock = 3_000_000_050_000;
      events.length = 0;
      expect(await scheduler.tick()).toBe(1);
      expect(await reminderRows(post.id)).toEqual([]);
      expect(await reminderRows(later.id)).toHaveLength(1);

      const [bot] = await h.db().select().from(users).where(eq(users.username, 'system-bot'));
      expect(bot).toMatchObject({ isBot: true, firstName: 'System' });
      const [botRow] = await h.db().select().from(bots).where(eq(bots.userId, bot.id));
      expect(botRow.ownerId).toBe(w.users.admin.id);

      const dm = await h.db().select().from(posts).where(and(eq(posts.userId, bot.id), eq(posts.type, 'reminder')));
      expect(dm).toHaveLength(1);
      expect(dm[0].props).toEqual({ team_name: w.team.name, post_id: post.id, username: w.users.teamAdmin.username, from_bot: 'true' });
      expect(dm[0].message).toContain(`/${w.team.name}/pl/${post.id}`);
      const channel = await t.request('GET', `${base}/channels/${dm[0].channelId}`, { token: w.tokens.member });
      expect(channel.body).toMatchObject({ type: 'D', name: directChannelName(bot.id, w.users.member.id) });
      const posted = events.find((e) => e.event === 'posted' && e.broadcast.channel_id === dm[0].channelId);
      expect(JSON.parse(posted!.data.post as string)).toMatchObject({ id: dm[0].id, type: 'reminder', user_id: bot.id });

      // Already claimed: nothing more, even when asked again at once (twice concurrently).
      const again = await Promise.all([scheduler.tick(), firePostReminders(t.running.context, 3_000_000_050, quiet)]);
      expect(again).toEqual([0, 0]);

      clock = 3_000_000_200_000;
      expect(await scheduler.tick()).toBe(1);
      const all = await h.db().select().from(posts).where(and(eq(posts.userId, bot.id), eq(posts.type, 'reminder')));
      expect(all).toHaveLength(2);
      expect(all.every((p) => p.channelId === dm[0].channelId)).toBe(true);
    } finally {
      await scheduler.stop();
    }
  });

  it('a reminder on a direct message post links without a team', async () => {
    const dm = await h.directChannel(w.users.member, w.users.teamAdmin);
    const post = await h.createPost(w.tokens.teamAdmin, { channel_id: dm.id, message: 'in a DM' });
    expect((await remind(w.tokens.member, 'me', post.id, { target_time: 100 })).status).toBe(200);
    expect(await firePostReminders(t.running.context, 101, quiet)).toBe(1);
    const mine = (await h.db().select().from(posts).where(eq(posts.type, 'reminder'))).find((p) => (p.props as { post_id?: string }).post_id === post.id);
    expect(mine!.props).toMatchObject({ team_name: '', post_id: post.id });
    expect(mine!.message).toContain(`/pl/${post.id}`);
  });

  it('a reminder for a user who does not exist is dropped when due, without a post', async () => {
    const post = await h.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'for nobody' });
    const ghost = 'g'.repeat(26);
    expect((await remind(w.tokens.admin, ghost, post.id, { target_time: 200 })).status).toBe(200);
    const before = (await h.db().select().from(posts).where(eq(posts.type, 'reminder'))).length;
    expect(await firePostReminders(t.running.context, 201, quiet)).toBe(0);
    expect(await reminderRows(post.id)).toEqual([]);
    expect((await h.db().select().from(posts).where(eq(posts.type, 'reminder'))).length).toBe(before);
  });
});

/** Requests against a RunningServer that is not a TestServer (a second node, a restarted one). */
function client(running: RunningServer): TestServer {
  return {
    running,
    async request(method: string, path: string, o: { body?: unknown; token?: string } = {}) {
      const headers: Record<string, string> = {};
      if (o.token) headers.Authorization = `Bearer ${o.token}`;
      if (o.body !== undefined) headers['Content-Type'] = 'application/json';
      const res = await running.app.fetch(new Request(`http://localhost${path}`, { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) }));
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text && (res.headers.get('content-type') ?? '').startsWith('application/json') ? JSON.parse(text) : text };
    },
  } as unknown as TestServer;
}

async function reminderOnFreshNode(node: RunningServer): Promise<{ postId: string; userId: string; adminToken: string }> {
  const c = client(node);
  const { token: adminToken } = await bootstrapAdmin(c);
  const u = await createUser(c, uniqueUser('rem'), adminToken);
  const token = await login(c, u.username, u.password);
  const dm = await c.request('POST', `${base}/channels/direct`, { token, body: [u.id, u.id] });
  expect(dm.status).toBe(201);
  const post = await c.request('POST', `${base}/posts`, { token, body: { channel_id: dm.body.id, message: 'note to self' } });
  expect(post.status).toBe(201);
  expect((await c.request('POST', `${base}/users/me/posts/${post.body.id}/reminder`, { token, body: { target_time: 500 } })).status).toBe(200);
  return { postId: post.body.id, userId: u.id, adminToken };
}

describe('post reminders across restarts and nodes', () => {
  it('a reminder set before a restart fires after it (the table is the schedule)', async () => {
    const adminUrl = process.env.DATABASE_URL;
    const pg = adminUrl ? await freshPostgresDatabase(adminUrl) : undefined;
    const dir = pg ? undefined : mkdtempSync(join(tmpdir(), 'mm-reminders-'));
    const open = () => createServer({ databaseUrl: pg?.url, dataDir: dir && join(dir, 'db'), filesDir: dir && join(dir, 'files'), log: quiet });
    try {
      const first = await open();
      const { postId, userId } = await reminderOnFreshNode(first);
      await first.close();

      const second = await open();
      try {
        expect(await firePostReminders(second.context, 1000, quiet)).toBe(1);
        const sent = (await second.context.db.select().from(posts).where(eq(posts.type, 'reminder')))[0];
        expect(sent.props).toMatchObject({ post_id: postId });
        expect(await second.context.db.select().from(postReminders).where(eq(postReminders.userId, userId))).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      await pg?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(!!process.env.DATABASE_URL)('two nodes on one database: a due reminder fires exactly once', async () => {
    const pg = await freshPostgresDatabase(process.env.DATABASE_URL!);
    const a = await createServer({ databaseUrl: pg.url, log: quiet });
    const b = await createServer({ databaseUrl: pg.url, log: quiet });
    try {
      const { adminToken } = await reminderOnFreshNode(a);
      const more = await Promise.all(
        Array.from({ length: 5 }, async (_, i) => {
          const c = client(a);
          const u = await createUser(c, uniqueUser(`n${i}`), adminToken);
          const token = await login(c, u.username, u.password);
          const dm = await c.request('POST', `${base}/channels/direct`, { token, body: [u.id, u.id] });
          const post = await c.request('POST', `${base}/posts`, { token, body: { channel_id: dm.body.id, message: `p${i}` } });
          await c.request('POST', `${base}/users/me/posts/${post.body.id}/reminder`, { token, body: { target_time: 500 } });
        }),
      );
      expect(more).toHaveLength(5);
      const [x, y] = await Promise.all([firePostReminders(a.context, 1000, quiet), firePostReminders(b.context, 1000, quiet)]);
      expect(x + y).toBe(6);
      expect(await a.context.db.select().from(posts).where(eq(posts.type, 'reminder'))).toHaveLength(6);
      expect(await a.context.db.select().from(postReminders)).toEqual([]);
    } finally {
      await a.close();
      await b.close();
      await pg.drop();
    }
  });
});
