/**
 * Who may keep drafts: saving one needs create_post in the channel (or create_post_public in a
 * public channel's team); listing needs view_team; deleting only touches the caller's own
 * drafts. Drafts are never visible to anyone but their author.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { base } from '../reactions/support';

type Row = Record<Persona, number>;

describe('drafts authorization matrix', () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function matrix(expected: Row, call: (p: Persona) => Promise<{ status: number }>) {
    const got = {} as Row;
    for (const p of PERSONAS) got[p] = (await call(p)).status;
    expect(got).toEqual(expected);
  }

  it('UpsertDraft', async () => {
    const save = (channelId: string) => (p: Persona) =>
      t.request('POST', `${base}/drafts`, { token: w.tokens[p], body: { channel_id: channelId, root_id: '', message: `draft of ${p}` } });
    await matrix({ anonymous: 401, outsider: 403, guest: 201, member: 201, teamAdmin: 201, admin: 201 }, save(w.publicChannel.id));
    await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 201, teamAdmin: 201, admin: 201 }, save(w.privateChannel.id));
  });

  it('GetUserDrafts, DeleteChannelDraft, DeleteDraft', async () => {
    await matrix({ anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (p) =>
      t.request('GET', `${base}/users/me/teams/${w.team.id}/drafts`, { token: w.tokens[p] }),
    );
    const ok = { anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 };
    await matrix(ok, (p) => t.request('DELETE', `${base}/users/me/channels/${w.privateChannel.id}/drafts/${w.privateChannel.id}`, { token: w.tokens[p] }));
    await matrix(ok, (p) => t.request('DELETE', `${base}/users/me/channels/${w.privateChannel.id}/drafts`, { token: w.tokens[p] }));
  });

  it("never lists someone else's draft", async () => {
    await t.request('POST', `${base}/drafts`, { token: w.tokens.member, body: { channel_id: w.privateChannel.id, root_id: '', message: 'member only text' } });
    for (const p of ['guest', 'teamAdmin', 'admin'] as Persona[]) {
      const res = await t.request('GET', `${base}/users/me/teams/${w.team.id}/drafts`, { token: w.tokens[p] });
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain('member only text');
    }
    // Deleting "one's own" draft of that channel leaves the member's alone.
    await t.request('DELETE', `${base}/users/me/channels/${w.privateChannel.id}/drafts`, { token: w.tokens.teamAdmin });
    const mine = await t.request('GET', `${base}/users/me/teams/${w.team.id}/drafts`, { token: w.tokens.member });
    expect(mine.body.map((d: { message: string }) => d.message)).toContain('member only text');
  });
});
