import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { contractViolations, rawSocket } from '../../helpers/wsClient';
import { image, send } from '../files/helpers';

let counter = 0;
const uniqueName = (prefix = 'emo') => `${prefix}${Date.now().toString(36)}${(counter += 1)}`;

describe('custom emoji', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const form = (emoji: unknown, img?: { data: Uint8Array; name: string }) => {
    const f = new FormData();
    if (img) f.append('image', new Blob([new Uint8Array(img.data)]), img.name);
    if (emoji !== undefined) f.append('emoji', typeof emoji === 'string' ? emoji : JSON.stringify(emoji));
    return f;
  };
  const create = async (persona: Persona, name: string, img?: { data: Uint8Array; name: string }, creator?: string) =>
    send(t, 'POST', '/api/v4/emoji', {
      token: w.tokens[persona],
      body: form({ name, creator_id: creator ?? (persona === 'anonymous' ? '' : w.users[persona].id) }, img ?? { data: await image(64, 64), name: 'e.png' }),
    });
  const json = (body: unknown) => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

  it('creates an emoji (200, as Mattermost), publishes emoji_added, and serves it by id, name and image', async () => {
    const socket = await rawSocket(url, { token: w.tokens.outsider });
    await socket.event('hello');
    const name = uniqueName('party');
    const res = await create('member', name);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ name, creator_id: w.users.member.id, delete_at: 0 });
    const [frame] = await socket.event('emoji_added');
    expect(JSON.parse(frame.data.emoji)).toMatchObject({ id: res.body.id, name });
    expect(contractViolations()).toEqual([]);
    socket.close();

    expect((await send(t, 'GET', `/api/v4/emoji/${res.body.id}`, { token: w.tokens.guest })).body.name).toBe(name);
    expect((await send(t, 'GET', `/api/v4/emoji/name/${name}`, { token: w.tokens.outsider })).body.id).toBe(res.body.id);
    const img = await send(t, 'GET', `/api/v4/emoji/${res.body.id}/image`, { token: w.tokens.guest });
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect(img.headers.get('cache-control')).toBe('max-age=2592000, private');
    expect((await sharp(img.bytes).metadata()).width).toBe(64);
  });

  it('scales large images to fit 128×128 (PNG; animated GIF stays GIF) and refuses beyond 1028×1028', async () => {
    const big = await create('member', uniqueName('big'), { data: await image(512, 256, 'jpeg'), name: 'big.jpg' });
    expect(big.status).toBe(200);
    const img = await send(t, 'GET', `/api/v4/emoji/${big.body.id}/image`, { token: w.tokens.member });
    const meta = await sharp(img.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 128, 64]);
    const frames = await sharp({ create: { width: 300, height: 900, channels: 4, background: '#ff0000' } }).gif().toBuffer();
    const anim = await sharp(frames, { animated: true }).gif().toBuffer();
    const gif = await create('member', uniqueName('gif'), { data: anim, name: 'a.gif' });
    const gimg = await send(t, 'GET', `/api/v4/emoji/${gif.body.id}/image`, { token: w.tokens.member });
    expect(gimg.headers.get('content-type')).toBe('image/gif');
    const huge = await create('member', uniqueName('huge'), { data: await image(1100, 100), name: 'h.png' });
    expectAppError(huge, 400, 'api.emoji.upload.large_image.too_large.app_error');
    const notImage = await create('member', uniqueName('txt'), { data: Buffer.from('plain text'), name: 'x.png' });
    expectAppError(notImage, 400, 'api.emoji.upload.image.app_error');
  });

  it('refuses bad names, system emoji names, duplicates, other creators, missing parts, oversized bodies', async () => {
    expectAppError(await create('member', 'has space'), 400, 'model.emoji.name.app_error');
    expectAppError(await create('member', 'x'.repeat(65)), 400, 'model.emoji.name.app_error');
    expectAppError(await create('member', 'thumbsup'), 400, 'model.emoji.system_emoji_name.app_error');
    expectAppError(await create('member', '+1'), 400, 'model.emoji.system_emoji_name.app_error');
    const name = uniqueName('dup');
    expect((await create('member', name)).status).toBe(200);
    expectAppError(await create('teamAdmin', name), 400, 'api.emoji.create.duplicate.app_error');
    expectAppError(await create('member', uniqueName(), undefined, w.users.admin.id), 403, 'api.emoji.create.other_user.app_error');
    expectAppError(await send(t, 'POST', '/api/v4/emoji', { token: w.tokens.member, body: form(undefined, { data: await image(8, 8), name: 'a.png' }) }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await send(t, 'POST', '/api/v4/emoji', { token: w.tokens.member, body: form('{not json', { data: await image(8, 8), name: 'a.png' }) }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await send(t, 'POST', '/api/v4/emoji', { token: w.tokens.member, body: form({ name: uniqueName(), creator_id: w.users.member.id }) }), 400, 'api.context.invalid_body_param.app_error');
    const oversized = await send(t, 'POST', '/api/v4/emoji', { token: w.tokens.member, body: form({ name: uniqueName(), creator_id: w.users.member.id }, { data: Buffer.alloc(600 * 1024, 1), name: 'a.png' }) });
    expectAppError(oversized, 413, 'api.emoji.create.too_large.app_error');
    expectAppError(await send(t, 'POST', '/api/v4/emoji', { token: w.tokens.member, body: 'x', headers: { 'Content-Type': 'text/plain' } }), 400, 'api.emoji.create.parse.app_error');
  });

  it('lists (paged, by name), searches, autocompletes and gets by names', async () => {
    const names = [uniqueName('zzalpha'), uniqueName('zzbeta'), uniqueName('zzgamma')];
    for (const n of names) expect((await create('member', n)).status).toBe(200);
    const list = await send(t, 'GET', '/api/v4/emoji?page=0&per_page=200&sort=name', { token: w.tokens.guest });
    const listed = (list.body as any[]).map((e) => e.name);
    expect(listed).toEqual([...listed].sort());
    for (const n of names) expect(listed).toContain(n);
    const page = await send(t, 'GET', '/api/v4/emoji?page=1&per_page=1', { token: w.tokens.member });
    expect(page.body).toHaveLength(1);
    expectAppError(await send(t, 'GET', '/api/v4/emoji?sort=size', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');

    const prefix = await send(t, 'POST', '/api/v4/emoji/search', { token: w.tokens.member, ...json({ term: 'zzbeta', prefix_only: true }) });
    expect(prefix.body.map((e: any) => e.name)).toEqual([names[1]]);
    const anywhere = await send(t, 'POST', '/api/v4/emoji/search', { token: w.tokens.member, ...json({ term: 'amm' }) });
    expect(anywhere.body.map((e: any) => e.name)).toContain(names[2]);
    expectAppError(await send(t, 'POST', '/api/v4/emoji/search', { token: w.tokens.member, ...json({ term: '' }) }), 400, 'api.context.invalid_body_param.app_error');
    const auto = await send(t, 'GET', '/api/v4/emoji/autocomplete?name=zzal', { token: w.tokens.member });
    expect(auto.body.map((e: any) => e.name)).toEqual([names[0]]);
    const byNames = await send(t, 'POST', '/api/v4/emoji/names', { token: w.tokens.member, ...json([names[0], names[2], 'smile', 'nope']) });
    expect(byNames.body.map((e: any) => e.name).sort()).toEqual([names[0], names[2]].sort());
    expectAppError(await send(t, 'POST', '/api/v4/emoji/names', { token: w.tokens.member, ...json([]) }), 400, 'api.context.invalid_body_param.app_error');
    const tooMany = Array.from({ length: 201 }, (_, i) => `n${i}`);
    expectAppError(await send(t, 'POST', '/api/v4/emoji/names', { token: w.tokens.member, ...json(tooMany) }), 400, 'api.emoji.get_multiple_by_name_too_many.request_error');
    expectAppError(await send(t, 'GET', `/api/v4/emoji/name/${uniqueName('missing')}`, { token: w.tokens.member }), 404, 'app.emoji.get_by_name.no_result');
    expectAppError(await send(t, 'GET', '/api/v4/emoji/name/bad%20name', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await send(t, 'GET', `/api/v4/emoji/${'a'.repeat(26)}`, { token: w.tokens.member }), 404, 'app.emoji.get.no_result');
  });

  it('deletes: own emoji with delete_emojis, others’ with delete_others_emojis; deleted emoji are gone and the name is free', async () => {
    const name = uniqueName('gone');
    const id = (await create('member', name)).body.id;
    const matrix = {} as Record<Persona, number>;
    for (const p of PERSONAS.filter((p) => p !== 'member' && p !== 'admin')) {
      matrix[p] = (await send(t, 'DELETE', `/api/v4/emoji/${id}`, { token: w.tokens[p] })).status;
    }
    expect(matrix).toEqual({ anonymous: 401, outsider: 403, guest: 403, teamAdmin: 403 });
    const del = await send(t, 'DELETE', `/api/v4/emoji/${id}`, { token: w.tokens.member });
    expect(del.body).toEqual({ status: 'OK' });
    expectAppError(await send(t, 'GET', `/api/v4/emoji/${id}`, { token: w.tokens.member }), 404, 'app.emoji.get.no_result');
    expectAppError(await send(t, 'GET', `/api/v4/emoji/${id}/image`, { token: w.tokens.member }), 404, 'app.emoji.get.no_result');
    expectAppError(await send(t, 'DELETE', `/api/v4/emoji/${id}`, { token: w.tokens.member }), 404, 'app.emoji.get.no_result');
    expect((await send(t, 'POST', '/api/v4/emoji/search', { token: w.tokens.member, ...json({ term: name }) })).body).toEqual([]);
    expect((await create('teamAdmin', name)).status).toBe(200);
    const other = (await create('teamAdmin', uniqueName('tadm'))).body.id;
    expect((await send(t, 'DELETE', `/api/v4/emoji/${other}`, { token: w.tokens.admin })).status).toBe(200);
  });

  it('EnableCustomEmoji off: 501 on the endpoints that check it first, 403 from the others', async () => {
    const config = t.running.context.config;
    const stored = config.storedConfig();
    const id = (await create('member', uniqueName('off'))).body.id;
    await config.save({ ...stored, ServiceSettings: { ...stored.ServiceSettings, EnableCustomEmoji: false } });
    try {
      expectAppError(await create('member', uniqueName()), 501, 'api.emoji.disabled.app_error');
      expectAppError(await send(t, 'GET', '/api/v4/emoji', { token: w.tokens.member }), 501, 'api.emoji.disabled.app_error');
      expectAppError(await send(t, 'GET', `/api/v4/emoji/${id}`, { token: w.tokens.member }), 501, 'api.emoji.disabled.app_error');
      expectAppError(await send(t, 'GET', `/api/v4/emoji/${id}/image`, { token: w.tokens.member }), 501, 'api.emoji.disabled.app_error');
      expectAppError(await send(t, 'POST', '/api/v4/emoji/search', { token: w.tokens.member, ...json({ term: 'a' }) }), 403, 'api.emoji.disabled.app_error');
      expectAppError(await send(t, 'GET', '/api/v4/emoji/autocomplete?name=a', { token: w.tokens.member }), 403, 'api.emoji.disabled.app_error');
      expectAppError(await send(t, 'DELETE', `/api/v4/emoji/${id}`, { token: w.tokens.member }), 403, 'api.emoji.disabled.app_error');
    } finally {
      await config.save(stored);
    }
  });
});
