/**
 * Who may read and change followed threads. A user acts on their own threads; acting for
 * another user needs edit_other_users (system admins). Following and marking unread also need
 * read_channel on the thread's channel; reading a thread needs a membership of it. The thread
 * used is in the private channel: the member wrote the root, the team admin (a channel member)
 * replied.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { base, support } from '../reactions/support';
import type { PostRow } from '../../../db/schema';

type Row = Record<Persona, number>;

describe('threads authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let root: PostRow;
  let reply: PostRow;
  const s = support(
    () => t,
    () => w,
  );

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    root = await s.post(w.users.member, w.privateChannel, 'private root');
    reply = await s.post(w.users.teamAdmin, w.privateChannel, 'private reply', root.id);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function matrix(expected: Row, call: (p: Persona) => Promise<{ status: number }>) {
    const got = {} as Row;
    for (const p of PERSONAS) got[p] = (await call(p)).status;
    expect(got).toEqual(expected);
  }
  const threads = (userId: string) => `${base}/users/${userId}/teams/${w.team.id}/threads`;

  describe('acting on oneself (me)', () => {
    it('GetUserThreads and UpdateThreadsReadForUser', async () => {
      const all = { anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 };
      await matrix(all, (p) => t.request('GET', threads('me'), { token: w.tokens[p] }));
      await matrix(all, (p) => t.request('PUT', `${threads('me')}/read`, { token: w.tokens[p] }));
    });

    it('GetUserThread and UpdateThreadReadForUser need a membership of the thread', async () => {
      const expected = { anonymous: 401, outsider: 404, guest: 404, member: 200, teamAdmin: 200, admin: 404 };
      await matrix(expected, (p) => t.request('GET', `${threads('me')}/${root.id}`, { token: w.tokens[p] }));
      await matrix(expected, (p) => t.request('PUT', `${threads('me')}/${root.id}/read/${reply.createAt}`, { token: w.tokens[p] }));
    });

    it('SetThreadUnreadByPostId needs read_channel, then a membership', async () => {
      await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 404 }, (p) =>
        t.request('POST', `${threads('me')}/${root.id}/set_unread/${reply.id}`, { token: w.tokens[p] }),
      );
    });

    it('StartFollowingThread needs read_channel; StopFollowingThread does not', async () => {
      await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 }, (p) =>
        t.request('PUT', `${threads('me')}/${root.id}/following`, { token: w.tokens[p] }),
      );
      await matrix({ anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (p) =>
        t.request('DELETE', `${threads('me')}/${root.id}/following`, { token: w.tokens[p] }),
      );
      // Put the member back as a follower for the next tests.
      await t.request('PUT', `${threads('me')}/${root.id}/following`, { token: w.tokens.member });
    });
  });

  describe("acting on the member's threads", () => {
    const others = { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 };

    it('every operation needs edit_other_users', async () => {
      const m = () => w.users.member.id;
      await matrix(others, (p) => t.request('GET', threads(m()), { token: w.tokens[p] }));
      await matrix(others, (p) => t.request('GET', `${threads(m())}/${root.id}`, { token: w.tokens[p] }));
      await matrix(others, (p) => t.request('PUT', `${threads(m())}/${root.id}/read/${reply.createAt}`, { token: w.tokens[p] }));
      await matrix(others, (p) => t.request('POST', `${threads(m())}/${root.id}/set_unread/${reply.id}`, { token: w.tokens[p] }));
      await matrix(others, (p) => t.request('PUT', `${threads(m())}/read`, { token: w.tokens[p] }));
      await matrix(others, (p) => t.request('PUT', `${threads(m())}/${root.id}/following`, { token: w.tokens[p] }));
    });

    it("never shows the member's private thread to those without edit_other_users", async () => {
      for (const p of ['outsider', 'guest', 'teamAdmin'] as Persona[]) {
        const res = await t.request('GET', threads(w.users.member.id), { token: w.tokens[p] });
        expect(res.status).toBe(403);
        expect(JSON.stringify(res.body)).not.toContain('private root');
      }
      for (const p of ['outsider', 'guest', 'admin'] as Persona[]) {
        const own = await t.request('GET', threads('me'), { token: w.tokens[p] });
        expect(own.body.threads.map((x: { id: string }) => x.id)).not.toContain(root.id);
      }
    });
  });
});
