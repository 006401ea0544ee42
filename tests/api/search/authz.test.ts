/**
 * Who may search and read flags. Team search needs view_team in the team; searching every team
 * needs only a session; either way only the channels the caller belongs to are searched, so a
 * private channel's post is absent for everyone outside it (the system admin included).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { upsertPreferences } from '../../../db/queries/preferences';
import { base, support } from '../reactions/support';
import type { PostRow } from '../../../db/schema';

type Row = Record<Persona, number>;

describe('search and flagged posts authorization matrix', () => {
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
    pub = await s.post(w.users.member, w.publicChannel, 'zanzibar public words');
    priv = await s.post(w.users.member, w.privateChannel, 'zanzibar private words');
    await upsertPreferences(s.db(), [
      { userId: w.users.member.id, category: 'flagged_post', name: pub.id, value: 'true' },
      { userId: w.users.member.id, category: 'flagged_post', name: priv.id, value: 'true' },
    ]);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function matrix(expected: Row, call: (p: Persona) => Promise<{ status: number }>) {
    const got = {} as Row;
    for (const p of PERSONAS) got[p] = (await call(p)).status;
    expect(got).toEqual(expected);
  }

  it('SearchPosts (team) and SearchPostsAllTeams', async () => {
    await matrix({ anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (p) =>
      t.request('POST', `${base}/teams/${w.team.id}/posts/search`, { token: w.tokens[p], body: { terms: 'zanzibar', is_or_search: false } }),
    );
    await matrix({ anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (p) =>
      t.request('POST', `${base}/posts/search`, { token: w.tokens[p], body: { terms: 'zanzibar' } }),
    );
  });

  it('what each persona finds', async () => {
    const expected: Record<Exclude<Persona, 'anonymous'>, string[]> = {
      outsider: [],
      guest: [pub.id],
      member: [priv.id, pub.id],
      teamAdmin: [priv.id, pub.id],
      admin: [],
    };
    for (const [p, ids] of Object.entries(expected) as Array<[Exclude<Persona, 'anonymous'>, string[]]>) {
      const res = await t.request('POST', `${base}/posts/search`, { token: w.tokens[p], body: { terms: 'zanzibar' } });
      expect(res.body.order, p).toEqual(ids);
      if (!ids.includes(priv.id)) expect(JSON.stringify(res.body), p).not.toContain('private words');
    }
  });

  it('GetFlaggedPostsForUser', async () => {
    await matrix({ anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (p) =>
      t.request('GET', `${base}/users/me/posts/flagged`, { token: w.tokens[p] }),
    );
    await matrix({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 }, (p) =>
      t.request('GET', `${base}/users/${w.users.member.id}/posts/flagged`, { token: w.tokens[p] }),
    );
  });
});
