/**
 * The official JavaScript client (@mattermost/client's Client4) against a listening server:
 * reactions, followed threads, search, flagged posts and drafts as the web and mobile apps
 * call them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { upsertPreferences } from '../../../db/queries/preferences';
import { support } from './support';

describe('reactions, threads, search and drafts through Client4', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  let member: Client4;
  let teamAdmin: Client4;
  const s = support(
    () => t,
    () => w,
  );

  function client(token: string): Client4 {
    const c = new Client4();
    c.setUrl(url);
    c.setToken(token);
    return c;
  }

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
    member = client(w.tokens.member!);
    teamAdmin = client(w.tokens.teamAdmin!);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('addReaction, getReactionsForPost, removeReaction', async () => {
    const p = await s.post(w.users.member, w.publicChannel, 'client reactions');
    const saved = await member.addReaction(w.users.member.id, p.id, 'thumbsup');
    expect(saved).toMatchObject({ user_id: w.users.member.id, post_id: p.id, emoji_name: 'thumbsup' });
    await teamAdmin.addReaction(w.users.teamAdmin.id, p.id, 'heart');
    const list = await member.getReactionsForPost(p.id);
    expect(list.map((r) => r.emoji_name)).toEqual(['thumbsup', 'heart']);
    expect(await member.removeReaction(w.users.member.id, p.id, 'thumbsup')).toEqual({ status: 'OK' });
    expect((await member.getReactionsForPost(p.id)).map((r) => r.emoji_name)).toEqual(['heart']);
    await expect(member.addReaction(w.users.member.id, p.id, 'no_such_emoji_qq')).rejects.toMatchObject({
      status_code: 404,
      server_error_id: 'app.emoji.get_by_name.no_result',
    });
  });

  it('getUserThreads, getUserThread, updateThreadReadForUser, updateThreadFollowForUser', async () => {
    const root = await s.post(w.users.member, w.publicChannel, 'client thread root');
    const reply = await s.post(w.users.teamAdmin, w.publicChannel, 'client thread reply', root.id);
    const threads = await member.getUserThreads('me', w.team.id, { extended: true });
    const mine = threads.threads.find((th) => th.id === root.id)!;
    expect(mine).toBeDefined();
    expect(threads.total).toBeGreaterThanOrEqual(1);
    expect(mine.reply_count).toBe(1);
    expect((mine.participants[0] as { username?: string }).username).toBe(w.users.teamAdmin.username);
    const one = await member.getUserThread(w.users.member.id, w.team.id, root.id);
    expect(one.id).toBe(root.id);
    const read = await member.updateThreadReadForUser(w.users.member.id, w.team.id, root.id, reply.createAt);
    expect(read).toMatchObject({ id: root.id, unread_replies: 0 });
    await member.updateThreadFollowForUser(w.users.member.id, w.team.id, root.id, false);
    const after = await member.getUserThreads('me', w.team.id, {});
    expect(after.threads.map((th) => th.id)).not.toContain(root.id);
    await member.updateThreadFollowForUser(w.users.member.id, w.team.id, root.id, true);
    await member.updateThreadsReadForUser(w.users.member.id, w.team.id);
  });

  it('searchPosts, searchPostsWithParams, getFlaggedPosts', async () => {
    const p = await s.post(w.users.member, w.publicChannel, 'clientsearchable marmalade');
    const found = await member.searchPosts(w.team.id, 'clientsearchable', false);
    expect(found.order).toEqual([p.id]);
    expect(found.posts[p.id].message).toBe('clientsearchable marmalade');
    const all = await member.searchPostsWithParams('', { terms: 'marmalade', is_or_search: true, page: 0, per_page: 20 } as never);
    expect(all.order).toEqual([p.id]);
    await upsertPreferences(s.db(), [{ userId: w.users.member.id, category: 'flagged_post', name: p.id, value: 'true' }]);
    const flagged = await member.getFlaggedPosts(w.users.member.id);
    expect(flagged.order).toEqual([p.id]);
  });

  it('upsertDraft, getUserDrafts, deleteDraft', async () => {
    const draft = await member.upsertDraft(
      { user_id: w.users.member.id, channel_id: w.publicChannel.id, root_id: '', message: 'client draft', props: {}, file_ids: [], create_at: 0, update_at: 0, delete_at: 0 } as never,
      'conn',
    );
    expect(draft).toMatchObject({ channel_id: w.publicChannel.id, message: 'client draft' });
    const drafts = await member.getUserDrafts(w.team.id);
    expect(drafts.map((d) => d.message)).toEqual(['client draft']);
    await member.deleteDraft(w.publicChannel.id, '', 'conn');
    expect(await member.getUserDrafts(w.team.id)).toEqual([]);
  });
});
