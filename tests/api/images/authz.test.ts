/**
 * Profile images and team icons, persona by persona: pictures are visible to whoever may see
 * the user (view_members, shared team or channel); only the user (or edit_other_users /
 * manage_system) changes them; team icons need manage_team to change, view_team (or an open
 * team) to see.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { image, send } from '../files/helpers';

describe('images authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let png: Buffer;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    png = await image(64, 64);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const form = () => {
    const f = new FormData();
    f.append('image', new Blob([new Uint8Array(png)]), 'p.png');
    return f;
  };
  async function matrix(call: (token: string | undefined, p: Persona) => Promise<{ status: number }>) {
    const out = {} as Record<Persona, number>;
    for (const p of PERSONAS) out[p] = (await call(w.tokens[p], p)).status;
    return out;
  }

  it('GetProfileImage / GetDefaultProfileImage: anyone who may see the user', async () => {
    // The guest shares the team and the public channel with the member; the outsider shares nothing
    // but holds view_members as a system user, so Mattermost lets every user see every user.
    const expected = { anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 };
    expect(await matrix((token) => send(t, 'GET', `/api/v4/users/${w.users.member.id}/image`, { token }))).toEqual(expected);
    expect(await matrix((token) => send(t, 'GET', `/api/v4/users/${w.users.member.id}/image/default`, { token }))).toEqual(expected);
  });

  it('guests see only users they share a team or channel with', async () => {
    const res = await send(t, 'GET', `/api/v4/users/${w.users.outsider.id}/image`, { token: w.tokens.guest });
    expect(res.status).toBe(403);
    expect(res.body.id).toBe('api.context.permissions.app_error');
  });

  it('SetProfileImage / SetDefaultProfileImage: oneself, or edit_other_users on a non-admin', async () => {
    const expected = { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 };
    expect(await matrix((token) => send(t, 'POST', `/api/v4/users/${w.users.member.id}/image`, { token, body: form() }))).toEqual(expected);
    expect(await matrix((token) => send(t, 'DELETE', `/api/v4/users/${w.users.member.id}/image`, { token }))).toEqual(expected);
    expect(await matrix((token) => send(t, 'POST', `/api/v4/users/me/image`, { token, body: form() }))).toEqual({
      anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200,
    });
  });

  it('SetTeamIcon / RemoveTeamIcon: manage_team; GetTeamIcon: view_team or an open team', async () => {
    const manage = { anonymous: 401, outsider: 403, guest: 403, member: 403, teamAdmin: 200, admin: 200 };
    expect(await matrix((token) => send(t, 'POST', `/api/v4/teams/${w.team.id}/image`, { token, body: form() }))).toEqual(manage);
    // `team` is open with open invites: even the outsider may see its icon.
    expect(await matrix((token) => send(t, 'GET', `/api/v4/teams/${w.team.id}/image`, { token }))).toEqual({
      anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200,
    });
    expect(await matrix((token) => send(t, 'DELETE', `/api/v4/teams/${w.team.id}/image`, { token }))).toEqual(manage);
    // `otherTeam` is invite-only: only its members (and system admins) see it.
    const ownerForm = form();
    expect((await send(t, 'POST', `/api/v4/teams/${w.otherTeam.id}/image`, { token: w.tokens.outsider, body: ownerForm })).status).toBe(200);
    expect(await matrix((token) => send(t, 'GET', `/api/v4/teams/${w.otherTeam.id}/image`, { token }))).toEqual({
      anonymous: 401, outsider: 200, guest: 403, member: 403, teamAdmin: 403, admin: 200,
    });
  });
});
