import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { archiveChannel } from '../../../app/channels/updates';
import { removeMemberFromChannel } from '../../../app/channels/members';
import { softDeletePostTree } from '../../../db/queries/posts';
import { base, support } from '../reactions/support';

/** A word no other test uses (letters only, so the english stemmer keeps it whole). */
function word(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let out = 'q';
  for (let i = 0; i < 9; i++) out += letters[Math.floor(Math.random() * letters.length)];
  return out;
}

function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

describe('post search', () => {
  let t: TestServer;
  let w: World;
  const s = support(
    () => t,
    () => w,
  );

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const search = (token: string | undefined, body: Record<string, unknown>, teamId: string | null = w.team.id) =>
    t.request('POST', teamId === null ? `${base}/posts/search` : `${base}/teams/${teamId}/posts/search`, { token, body: { is_or_search: false, ...body } });
  const found = async (token: string | undefined, terms: string, extra: Record<string, unknown> = {}, teamId: string | null = w.team.id) => {
    const res = await search(token, { terms, ...extra }, teamId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.order as string[];
  };

  it('finds posts by words (all of them, or any with is_or_search), newest first, as PostListWithSearchMatches', async () => {
    const [a, b] = [word(), word()];
    const p1 = await s.post(w.users.member, w.publicChannel, `first ${a} and ${b}`);
    const p2 = await s.post(w.users.teamAdmin, w.publicChannel, `second ${a} only`);
    const p3 = await s.post(w.users.member, w.publicChannel, `third ${b} only`);
    const res = await search(w.tokens.member, { terms: a });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache, no-store, must-revalidate');
    expect(res.body.order).toEqual([p2.id, p1.id]);
    expect(Object.keys(res.body.posts).sort()).toEqual([p1.id, p2.id].sort());
    expect(res.body.posts[p1.id]).toMatchObject({ id: p1.id, message: p1.message, channel_id: w.publicChannel.id, metadata: {} });
    expect(res.body.matches).toEqual({});
    expect(await found(w.tokens.member, `${a} ${b}`)).toEqual([p1.id]);
    expect(await found(w.tokens.member, `${a} ${b}`, { is_or_search: true })).toEqual([p3.id, p2.id, p1.id]);
    expect(await found(w.tokens.member, `${a.toUpperCase()}`)).toEqual([p2.id, p1.id]);
    // A later page of a database search is empty (Mattermost does not page it).
    expect(await found(w.tokens.member, a, { page: 1 })).toEqual([]);
  });

  it('understands "quoted phrases", -excluded words and trailing * wildcards', async () => {
    const [x, y, z] = [word(), word(), word()];
    const p1 = await s.post(w.users.member, w.publicChannel, `${x} ${y} together`);
    const p2 = await s.post(w.users.member, w.publicChannel, `${y} ${x} reversed ${z}`);
    expect(await found(w.tokens.member, `"${x} ${y}"`)).toEqual([p1.id]);
    expect(await found(w.tokens.member, `${x} ${y}`)).toEqual([p2.id, p1.id]);
    expect(await found(w.tokens.member, `${x} -${z}`)).toEqual([p1.id]);
    expect(await found(w.tokens.member, `${x.slice(0, 6)}*`)).toEqual([p2.id, p1.id]);
    expect(await found(w.tokens.member, `${x.slice(0, 6)}`)).toEqual([]);
    // Punctuation-only words and malformed queries find nothing rather than failing.
    expect(await found(w.tokens.member, `${x} &&`)).toEqual([p2.id, p1.id]);
    expect(await found(w.tokens.member, `-${x}`)).toEqual([]);
  });

  it('searches #hashtags in the hashtags of posts only', async () => {
    const tag = word();
    const tagged = await s.post(w.users.member, w.publicChannel, `release notes #${tag}`);
    await s.post(w.users.member, w.publicChannel, `the word ${tag} without a hash`);
    expect(await found(w.tokens.member, `#${tag}`)).toEqual([tagged.id]);
    expect(await found(w.tokens.member, `##${tag}`)).toEqual([tagged.id]);
  });

  it('filters with from:, in: and their negations, alone or with words', async () => {
    const k = word();
    const other = await s.channel('O', [w.users.member]);
    const a = await s.post(w.users.member, w.publicChannel, `${k} by member`);
    const b = await s.post(w.users.teamAdmin, w.publicChannel, `${k} by team admin`);
    const c = await s.post(w.users.member, other, `${k} elsewhere`);
    expect(await found(w.tokens.member, `${k} from:${w.users.teamAdmin.username}`)).toEqual([b.id]);
    expect(await found(w.tokens.member, `${k} -from:${w.users.teamAdmin.username}`)).toEqual([c.id, a.id]);
    expect(await found(w.tokens.member, `${k} in:${other.name}`)).toEqual([c.id]);
    expect(await found(w.tokens.member, `${k} in:~${other.name}`)).toEqual([c.id]);
    expect(await found(w.tokens.member, `${k} -in:${other.name}`)).toEqual([b.id, a.id]);
    expect(await found(w.tokens.member, `${k} in: ${other.name}`)).toEqual([c.id]);
    const onlyFilter = await found(w.tokens.member, `in:${other.name} from:${w.users.member.username}`);
    expect(onlyFilter).toContain(c.id);
    expect(await found(w.tokens.member, `${k} in:no-such-channel`)).toEqual([]);
    expect(await found(w.tokens.member, `${k} from:nosuchuser`)).toEqual([]);
  });

  it('filters by on:, before: and after: days in the time zone given', async () => {
    const k = word();
    const p = await s.post(w.users.member, w.publicChannel, `${k} dated`);
    const day = utcDate(p.createAt);
    const prev = utcDate(p.createAt - 86_400_000);
    const next = utcDate(p.createAt + 86_400_000);
    expect(await found(w.tokens.member, `${k} on:${day}`, { time_zone_offset: 0 })).toEqual([p.id]);
    expect(await found(w.tokens.member, `${k} on:${prev}`, { time_zone_offset: 0 })).toEqual([]);
    expect(await found(w.tokens.member, `${k} after:${prev}`, { time_zone_offset: 0 })).toEqual([p.id]);
    expect(await found(w.tokens.member, `${k} after:${day}`, { time_zone_offset: 0 })).toEqual([]);
    expect(await found(w.tokens.member, `${k} before:${next}`, { time_zone_offset: 0 })).toEqual([p.id]);
    expect(await found(w.tokens.member, `${k} before:${day}`, { time_zone_offset: 0 })).toEqual([]);
    expect(await found(w.tokens.member, `${k} -on:${day}`, { time_zone_offset: 0 })).toEqual([]);
  });

  it('leaves out deleted posts, and archived channels unless include_deleted_channels', async () => {
    const k = word();
    const gone = await s.post(w.users.member, w.publicChannel, `${k} deleted`);
    await softDeletePostTree(s.db(), gone.id, Date.now(), w.users.member.id);
    const archived = await s.channel('O', [w.users.member]);
    const old = await s.post(w.users.member, archived, `${k} archived`);
    await archiveChannel(s.server(), archived);
    expect(await found(w.tokens.member, k)).toEqual([]);
    expect(await found(w.tokens.member, k, { include_deleted_channels: true })).toEqual([old.id]);
  });

  it('searches every team of the user with POST /posts/search', async () => {
    const k = word();
    const theirs = await s.post(w.users.outsider, (await otherTeamChannel()), `${k} in the other team`);
    const ours = await s.post(w.users.member, w.publicChannel, `${k} in the team`);
    expect(await found(w.tokens.outsider, k, {}, null)).toEqual([theirs.id]);
    expect(await found(w.tokens.member, k, {}, null)).toEqual([ours.id]);
  });

  async function otherTeamChannel() {
    const { getChannelByName } = await import('../../../db/queries/channels');
    return (await getChannelByName(s.db(), w.otherTeam.id, 'town-square'))!;
  }

  it('refuses an empty search (400) and answers 501 while ServiceSettings.EnablePostSearch is off', async () => {
    expectAppError(await search(w.tokens.member, { terms: '' }), 400, 'api.context.invalid_param.app_error');
    expectAppError(await t.request('POST', `${base}/teams/${w.team.id}/posts/search`, { token: w.tokens.member, body: {} }), 400, 'api.context.invalid_param.app_error');
    expectAppError(await search(w.tokens.member, { terms: 'x' }, 'nope'), 400, 'api.context.invalid_url_param.app_error');
    const config = s.server().config;
    const current = config.storedConfig();
    await config.save({ ...current, ServiceSettings: { ...current.ServiceSettings, EnablePostSearch: false } } as never);
    try {
      expectAppError(await search(w.tokens.member, { terms: 'anything' }), 501, 'store.sql_post.search.disabled');
      expectAppError(await search(w.tokens.member, { terms: 'anything' }, null), 501, 'store.sql_post.search.disabled');
    } finally {
      await config.save({ ...current, ServiceSettings: { ...current.ServiceSettings, EnablePostSearch: true } } as never);
    }
  });

  describe('privacy', () => {
    it("never returns a private channel's posts to those outside it, admins included", async () => {
      const k = word();
      const secret = await s.post(w.users.member, w.privateChannel, `${k} private matter`);
      const open = await s.post(w.users.member, w.publicChannel, `${k} public matter`);
      expect(await found(w.tokens.member, k)).toEqual([open.id, secret.id]);
      expect(await found(w.tokens.teamAdmin, k)).toEqual([open.id, secret.id]);
      expect(await found(w.tokens.guest, k)).toEqual([open.id]);
      // Mattermost searches only the channels the user belongs to: the system admin is in neither.
      expect(await found(w.tokens.admin, k)).toEqual([]);
      expect(await found(w.tokens.admin, k, {}, null)).toEqual([]);
      expect(await found(w.tokens.outsider, k, {}, null)).toEqual([]);
      expectAppError(await search(w.tokens.outsider, { terms: k }), 403, 'api.context.permissions.app_error');
      const bystander = await s.teamUser('bystander');
      expect(await found(bystander.token, k)).toEqual([]);
      for (const terms of [`${k} in:${w.privateChannel.name}`, `in:${w.privateChannel.name}`, `from:${w.users.member.username} ${k}`, `"${k} private"`]) {
        const res = await search(w.tokens.guest, { terms });
        expect(res.status).toBe(200);
        expect(JSON.stringify(res.body)).not.toContain('private matter');
      }
    });

    it('stops returning a private channel once the user left it', async () => {
      const k = word();
      const mate = await s.teamUser('leaver');
      const channel = await s.channel('P', [mate.row]);
      const p = await s.post(mate.row, channel, `${k} before leaving`);
      expect(await found(mate.token, k)).toEqual([p.id]);
      await removeMemberFromChannel(s.server(), channel, mate.row);
      expect(await found(mate.token, k)).toEqual([]);
      expect(await found(mate.token, k, {}, null)).toEqual([]);
    });
  });
});
