import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { bots, posts, users } from '../../../db/schema';
import { directChannelName } from '../../../app/channels/direct';
import { getChannelByName } from '../../../db/queries/channels';
import type { MattermostConfig } from '../../../server/config';

const TOKEN_PERMISSIONS = ['create_user_access_token', 'read_user_access_token', 'revoke_user_access_token'];

describe('bots: owners managing bot tokens; bots of a deactivated owner', () => {
  let t: TestServer;
  let w: World;
  let systemUserPermissions: string[];
  const server = () => t.running.context;

  const editConfig = async (edit: (c: MattermostConfig) => void) => {
    const config = structuredClone(server().config.storedConfig());
    edit(config);
    await server().config.save(config);
  };
  const setSystemUserPermissions = async (extra: string[]) => {
    const role = server().roles.getByName('system_user')!;
    await server().roles.setPermissions(role.id, [...systemUserPermissions, ...extra]);
  };

  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_ENABLEUSERACCESSTOKENS: 'true', MM_SERVICESETTINGS_ENABLEBOTACCOUNTCREATION: 'true' } });
    w = await buildWorld(t);
    systemUserPermissions = [...server().roles.getByName('system_user')!.permissions];
    // What an admin grants when users may run bots with tokens.
    await setSystemUserPermissions([...TOKEN_PERMISSIONS, 'manage_bots', 'read_bots']);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function botOwnedBy(ownerId: string, username: string) {
    const res = await t.request('POST', '/api/v4/bots', { token: w.tokens.admin, body: { username } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    if (ownerId !== w.users.admin.id) {
      const assigned = await t.request('POST', `/api/v4/bots/${res.body.user_id}/assign/${ownerId}`, { token: w.tokens.admin });
      expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    }
    return res.body as { user_id: string; username: string };
  }

  it('persona matrix: creating a token for a bot the member owns', async () => {
    const bot = await botOwnedBy(w.users.member.id, 'memberbot');
    // Owner (manage_bots) and admin (manage_others_bots) may; others may not; guests lack the token permission.
    const expected: Record<Persona, number> = { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 };
    for (const p of PERSONAS) {
      const res = await t.request('POST', `/api/v4/users/${bot.user_id}/tokens`, { token: w.tokens[p], body: { description: `by ${p}` } });
      expect(res.status, `${p}: ${JSON.stringify(res.body)}`).toBe(expected[p]);
      if (res.status === 200) expect(res.body).toMatchObject({ user_id: bot.user_id, description: `by ${p}` });
      if (res.status === 403) expect(res.body.id).toBe('api.context.permissions.app_error');
    }
  });

  it('the owner lists, reads, disables, enables and revokes the bot\'s tokens; a stranger may not', async () => {
    const bot = await botOwnedBy(w.users.member.id, 'tokenbot');
    const made = await t.request('POST', `/api/v4/users/${bot.user_id}/tokens`, { token: w.tokens.member, body: { description: 'ci' } });
    expect(made.status).toBe(200);
    const tokenId = made.body.id as string;
    // The token works for the bot.
    const me = await t.request('GET', '/api/v4/users/me', { token: made.body.token });
    expect(me.body).toMatchObject({ id: bot.user_id, is_bot: true });

    const list = await t.request('GET', `/api/v4/users/${bot.user_id}/tokens`, { token: w.tokens.member });
    expect(list.status).toBe(200);
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([tokenId]);
    expect((await t.request('GET', `/api/v4/users/tokens/${tokenId}`, { token: w.tokens.member })).status).toBe(200);
    expect((await t.request('POST', '/api/v4/users/tokens/disable', { token: w.tokens.member, body: { token_id: tokenId } })).status).toBe(200);
    expect((await t.request('POST', '/api/v4/users/tokens/enable', { token: w.tokens.member, body: { token_id: tokenId } })).status).toBe(200);

    expectAppError(await t.request('GET', `/api/v4/users/${bot.user_id}/tokens`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('GET', `/api/v4/users/tokens/${tokenId}`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('POST', '/api/v4/users/tokens/revoke', { token: w.tokens.outsider, body: { token_id: tokenId } }), 403, 'api.context.permissions.app_error');

    expect((await t.request('POST', '/api/v4/users/tokens/revoke', { token: w.tokens.member, body: { token_id: tokenId } })).status).toBe(200);
    expect((await t.request('GET', '/api/v4/users/me', { token: made.body.token })).status).toBe(401);
  });

  it('without manage_bots the owner may not; an admin-owned bot stays out of a member\'s reach', async () => {
    const mine = await botOwnedBy(w.users.member.id, 'nomanagebot');
    const admins = await botOwnedBy(w.users.admin.id, 'adminsbot');
    expectAppError(await t.request('POST', `/api/v4/users/${admins.user_id}/tokens`, { token: w.tokens.member, body: { description: 'x' } }), 403, 'api.context.permissions.app_error');
    await setSystemUserPermissions([...TOKEN_PERMISSIONS, 'read_bots']);
    try {
      expectAppError(await t.request('POST', `/api/v4/users/${mine.user_id}/tokens`, { token: w.tokens.member, body: { description: 'x' } }), 403, 'api.context.permissions.app_error');
      // Their own (non-bot) tokens are still theirs to make.
      expect((await t.request('POST', `/api/v4/users/${w.users.member.id}/tokens`, { token: w.tokens.member, body: { description: 'mine' } })).status).toBe(200);
    } finally {
      await setSystemUserPermissions([...TOKEN_PERMISSIONS, 'manage_bots', 'read_bots']);
    }
  });

  async function ownerWithBots(prefix: string, count: number) {
    const created = await createUser(t, uniqueUser(prefix), w.tokens.admin);
    const token = await login(t, created.username, created.password);
    const owned = [];
    for (let i = 0; i < count; i += 1) owned.push(await botOwnedBy(created.id, `${prefix}bot${i}${created.id.slice(0, 4)}`));
    return { owner: created, token, owned };
  }

  async function sysadminNotices(ownerUsername: string) {
    const channel = await getChannelByName(server().db, '', directChannelName(w.users.admin.id, w.users.admin.id));
    if (!channel) return [];
    const rows = await server().db.select().from(posts).where(and(eq(posts.channelId, channel.id), eq(posts.type, 'system_generic')));
    return rows.filter((p) => p.message.includes(`@${ownerUsername}`));
  }

  it('deactivating an owner disables their bots (DisableBotsWhenOwnerIsDeactivated) and tells the system admins', async () => {
    const { owner, owned } = await ownerWithBots('gone', 2);
    const other = await botOwnedBy(w.users.admin.id, `keepbot${owner.id.slice(0, 4)}`);
    const res = await t.request('DELETE', `/api/v4/users/${owner.id}`, { token: w.tokens.admin });
    expect(res.status).toBe(200);
    for (const b of owned) {
      const [row] = await server().db.select().from(bots).where(eq(bots.userId, b.user_id));
      const [user] = await server().db.select().from(users).where(eq(users.id, b.user_id));
      expect(row.deleteAt).toBeGreaterThan(0);
      expect(user.deleteAt).toBeGreaterThan(0);
    }
    const [kept] = await server().db.select().from(bots).where(eq(bots.userId, other.user_id));
    expect(kept.deleteAt).toBe(0);
    const notices = await sysadminNotices(owner.username);
    expect(notices).toHaveLength(1);
    expect(notices[0].userId).toBe(w.users.admin.id);
    for (const b of owned) expect(notices[0].message).toContain(b.username);
  });

  it('with the setting off the bots keep working; the admins are still told', async () => {
    await editConfig((c) => {
      c.ServiceSettings.DisableBotsWhenOwnerIsDeactivated = false;
    });
    try {
      const { owner, owned } = await ownerWithBots('left', 1);
      const token = await t.request('POST', `/api/v4/users/${owned[0].user_id}/tokens`, { token: w.tokens.admin, body: { description: 'keeps' } });
      expect((await t.request('PUT', `/api/v4/users/${owner.id}/active`, { token: w.tokens.admin, body: { active: false } })).status).toBe(200);
      const [row] = await server().db.select().from(bots).where(eq(bots.userId, owned[0].user_id));
      expect(row.deleteAt).toBe(0);
      expect((await t.request('GET', '/api/v4/users/me', { token: token.body.token })).status).toBe(200);
      expect(await sysadminNotices(owner.username)).toHaveLength(1);
    } finally {
      await editConfig((c) => {
        c.ServiceSettings.DisableBotsWhenOwnerIsDeactivated = true;
      });
    }
  });

  it('an owner with no bots: nothing to disable and no notice', async () => {
    const created = await createUser(t, uniqueUser('nobots'), w.tokens.admin);
    expect((await t.request('DELETE', `/api/v4/users/${created.id}`, { token: w.tokens.admin })).status).toBe(200);
    expect(await sysadminNotices(created.username)).toEqual([]);
  });
});
