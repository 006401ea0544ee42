import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { getUserById } from '../../../db/queries/users';
import { getTeamById } from '../../../db/queries/teams';
import { avatarColour } from '../../../app/images';
import { image, send } from '../files/helpers';

describe('profile images and team icons', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const imageForm = (data: Uint8Array, field = 'image', name = 'pic.png') => {
    const f = new FormData();
    f.append(field, new Blob([new Uint8Array(data)]), name);
    return f;
  };
  const user = (id: string) => getUserById(t.running.context.db, id);

  it('a user without a picture gets a generated 128×128 PNG with their colour, stored for next time', async () => {
    const res = await send(t, 'GET', `/api/v4/users/${w.users.member.id}/image`, { token: w.tokens.guest });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('max-age=300, private');
    const { data, info } = await sharp(res.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([128, 128]);
    const [r, g, b] = avatarColour(w.users.member.id);
    expect([data[0], data[1], data[2]]).toEqual([r, g, b]);
    // Some pixels are the white initial.
    let white = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i] > 240 && data[i + 1] > 240 && data[i + 2] > 240) white += 1;
    expect(white).toBeGreaterThan(50);
    expect(await t.running.context.files.stat(`users/${w.users.member.id}/profile.png`)).not.toBeNull();
    const again = await send(t, 'GET', `/api/v4/users/${w.users.member.id}/image`, { token: w.tokens.guest });
    expect(again.headers.get('etag')).toBe('0');
    expect(again.bytes.equals(res.bytes)).toBe(true);
    const def = await send(t, 'GET', `/api/v4/users/${w.users.member.id}/image/default`, { token: w.tokens.guest });
    expect(def.bytes.equals(res.bytes)).toBe(true);
  });

  it('sets a picture (centre-cropped 128×128 PNG), bumps last_picture_update, answers ETag / 304, resets to default', async () => {
    const res = await send(t, 'POST', `/api/v4/users/me/image`, { token: w.tokens.teamAdmin, body: imageForm(await image(400, 200, 'jpeg'), 'image', 'me.jpg') });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'OK' });
    const updated = (await user(w.users.teamAdmin.id))!;
    expect(updated.lastPictureUpdate).toBeGreaterThan(0);
    const pic = await send(t, 'GET', `/api/v4/users/${w.users.teamAdmin.id}/image`, { token: w.tokens.member });
    const meta = await sharp(pic.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 128, 128]);
    expect(pic.headers.get('etag')).toBe(String(updated.lastPictureUpdate));
    expect(pic.headers.get('cache-control')).toBe('max-age=86400, private');
    const cached = await send(t, 'GET', `/api/v4/users/${w.users.teamAdmin.id}/image`, { token: w.tokens.member, headers: { 'If-None-Match': String(updated.lastPictureUpdate) } });
    expect(cached.status).toBe(304);

    const reset = await send(t, 'DELETE', `/api/v4/users/${w.users.teamAdmin.id}/image`, { token: w.tokens.teamAdmin });
    expect(reset.body).toEqual({ status: 'OK' });
    expect((await user(w.users.teamAdmin.id))!.lastPictureUpdate).toBeLessThan(0);
    const back = await send(t, 'GET', `/api/v4/users/${w.users.teamAdmin.id}/image`, { token: w.tokens.member });
    const def = await send(t, 'GET', `/api/v4/users/${w.users.teamAdmin.id}/image/default`, { token: w.tokens.member });
    expect(back.bytes.equals(def.bytes)).toBe(true);
  });

  it('refuses what is not a usable image, with Mattermost ids', async () => {
    const path = `/api/v4/users/${w.users.member.id}/image`;
    expectAppError(await send(t, 'POST', path, { token: w.tokens.member, body: imageForm(Buffer.from('not an image')) }), 400, 'api.user.upload_profile_user.decode.app_error');
    expectAppError(await send(t, 'POST', path, { token: w.tokens.member, body: imageForm(await image(10, 10), 'picture') }), 400, 'api.user.upload_profile_user.no_file.app_error');
    expectAppError(await send(t, 'POST', path, { token: w.tokens.member, body: 'x', headers: { 'Content-Type': 'text/plain' } }), 400, 'api.user.upload_profile_user.parse.app_error');
    const config = t.running.context.config;
    const stored = config.storedConfig();
    await config.save({ ...stored, FileSettings: { ...stored.FileSettings, MaxImageResolution: 100, MaxFileSize: 2000 } });
    try {
      expectAppError(await send(t, 'POST', path, { token: w.tokens.member, body: imageForm(await image(20, 20)) }), 400, 'api.user.upload_profile_user.check_image_limits.app_error');
      expectAppError(await send(t, 'POST', path, { token: w.tokens.member, body: imageForm(Buffer.alloc(5000, 7)) }), 413, 'api.user.upload_profile_user.too_large.app_error');
    } finally {
      await config.save(stored);
    }
    expectAppError(await send(t, 'GET', `/api/v4/users/${'a'.repeat(26)}/image`, { token: w.tokens.admin }), 404, 'app.user.missing_account.const');
  });

  it('team icons: set (128×128 PNG, last_team_icon_update), get with ETag, remove resets the timestamp', async () => {
    expectAppError(await send(t, 'GET', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.member }), 404, 'api.team.get_team_icon.read_file.app_error');
    const set = await send(t, 'POST', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.teamAdmin, body: imageForm(await image(300, 500)) });
    expect(set.status).toBe(200);
    const team = (await getTeamById(t.running.context.db, w.team.id))!;
    expect(team.lastTeamIconUpdate).toBeGreaterThan(0);
    const icon = await send(t, 'GET', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.guest });
    expect(icon.status).toBe(200);
    expect(icon.headers.get('etag')).toBe(String(team.lastTeamIconUpdate));
    const meta = await sharp(icon.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 128, 128]);
    const cached = await send(t, 'GET', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.guest, headers: { 'If-None-Match': String(team.lastTeamIconUpdate) } });
    expect(cached.status).toBe(304);
    expectAppError(await send(t, 'POST', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.teamAdmin, body: imageForm(Buffer.from('nope')) }), 400, 'api.team.set_team_icon.decode.app_error');
    expectAppError(await send(t, 'POST', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.teamAdmin, body: imageForm(await image(5, 5), 'other') }), 400, 'api.team.set_team_icon.no_file.app_error');
    const removed = await send(t, 'DELETE', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.teamAdmin });
    expect(removed.body).toEqual({ status: 'OK' });
    expect((await getTeamById(t.running.context.db, w.team.id))!.lastTeamIconUpdate).toBe(0);
  });
});
