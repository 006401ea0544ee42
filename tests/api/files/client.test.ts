/**
 * The official @mattermost/client against a listening server: it uploads files with FormData,
 * attaches them to a post (createPost), reads the file info, downloads byte-identical bytes from getFileUrl,
 * fetches thumbnails and previews, searches, makes a public link, creates a custom emoji and
 * sets a profile image.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import sharp from 'sharp';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { image, randomBytes } from './helpers';

/** Client4 has no getFileInfo; the webapp fetches /files/{id}/info through the client's own doFetch. */
class FilesClient extends Client4 {
  getFileInfo = (fileId: string) => this.doFetch<{ id: string; post_id?: string; size: number }>(`${this.getFileRoute(fileId)}/info`, { method: 'get' });
}

describe('the official client and files', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  let client: FilesClient;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
    client = new FilesClient();
    client.setUrl(url);
    client.setToken(w.tokens.member!);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const download = async (path: string) => {
    const res = await fetch(path, { headers: { Authorization: `Bearer ${w.tokens.member}` } });
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('uploadFile, createPost with the file, getFileInfo, getFileUrl: the same bytes come back', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const form = new FormData();
    form.append('channel_id', w.publicChannel.id);
    form.append('client_ids', 'client-file-1');
    form.append('files', new Blob([new Uint8Array(data)]), 'archive.bin');
    const uploaded = await client.uploadFile(form);
    expect(uploaded.client_ids).toEqual(['client-file-1']);
    const info = uploaded.file_infos[0];
    expect(info).toMatchObject({ name: 'archive.bin', size: data.length, channel_id: w.publicChannel.id });

    const post = await client.createPost({ channel_id: w.publicChannel.id, message: 'with a file', file_ids: [info.id] } as never);
    expect(post.file_ids).toEqual([info.id]);
    const fetched = await client.getFileInfo(info.id);
    expect(fetched).toMatchObject({ id: info.id, post_id: post.id, size: data.length });
    const forPost = await client.getFileInfosForPost(post.id);
    expect(forPost.map((f) => f.id)).toEqual([info.id]);

    const bytes = await download(client.getFileUrl(info.id, Date.now()));
    expect(bytes.status).toBe(200);
    expect(bytes.bytes.equals(data)).toBe(true);
  });

  it('images: thumbnail and preview URLs serve derived JPEGs', async () => {
    const jpg = await image(800, 600, 'jpeg');
    const form = new FormData();
    form.append('channel_id', w.publicChannel.id);
    form.append('files', new Blob([new Uint8Array(jpg)], { type: 'image/jpeg' }), 'photo.jpg');
    const { file_infos: [info] } = await client.uploadFile(form);
    expect(info).toMatchObject({ width: 800, height: 600, has_preview_image: true, mime_type: 'image/jpeg' });
    expect(typeof info.mini_preview).toBe('string');
    const original = await download(client.getFileUrl(info.id, 0));
    expect(original.bytes.equals(jpg)).toBe(true);
    const thumb = await download(client.getFileThumbnailUrl(info.id, 0));
    expect(thumb.type).toBe('image/jpeg');
    expect((await sharp(thumb.bytes).metadata()).width).toBe(120);
    const preview = await download(client.getFilePreviewUrl(info.id, 0));
    expect((await sharp(preview.bytes).metadata()).width).toBe(800);
  });

  it('searchFiles and getFilePublicLink', async () => {
    const form = new FormData();
    form.append('channel_id', w.publicChannel.id);
    form.append('files', new Blob(['the narwhal manifesto']), 'narwhal.txt');
    const { file_infos: [info] } = await client.uploadFile(form);
    const found = await client.searchFiles(w.team.id, 'narwhal', false);
    expect(found.order).toEqual([info.id]);
    const stored = t.running.context.config.storedConfig();
    await t.running.context.config.save({ ...stored, FileSettings: { ...stored.FileSettings, EnablePublicLink: true } });
    try {
      await client.createPost({ channel_id: w.publicChannel.id, message: 'manifesto', file_ids: [info.id] } as never);
      const { link } = await client.getFilePublicLink(info.id);
      const res = await fetch(link.replace(/^https?:\/\/[^/]+/, url));
      expect(await res.text()).toBe('the narwhal manifesto');
    } finally {
      await t.running.context.config.save(stored);
    }
  });

  it('createCustomEmoji, getCustomEmojiByName, getCustomEmojiImageUrl', async () => {
    const name = `clientemoji${Date.now().toString(36)}`;
    const png = await image(40, 40);
    const emoji = await client.createCustomEmoji({ name, creator_id: w.users.member.id } as never, new Blob([new Uint8Array(png)], { type: 'image/png' }) as never);
    expect(emoji).toMatchObject({ name, creator_id: w.users.member.id });
    expect((await client.getCustomEmojiByName(name)).id).toBe(emoji.id);
    expect((await client.autocompleteCustomEmoji(name.slice(0, 8))).map((e) => e.id)).toContain(emoji.id);
    const img = await download(client.getCustomEmojiImageUrl(emoji.id));
    expect(img.type).toBe('image/png');
    expect(img.bytes.equals(png)).toBe(true);
  });

  it('uploadProfileImage, getProfilePictureUrl, setDefaultProfileImage', async () => {
    const res = await client.uploadProfileImage(w.users.member.id, new Blob([new Uint8Array(await image(256, 256, 'jpeg'))], { type: 'image/jpeg' }) as never);
    expect(res).toMatchObject({ status: 'OK' });
    const me = await client.getMe();
    expect(me.last_picture_update).toBeGreaterThan(0);
    const pic = await download(client.getProfilePictureUrl(me.id, me.last_picture_update));
    expect(pic.type).toBe('image/png');
    expect((await sharp(pic.bytes).metadata()).width).toBe(128);
    await client.setDefaultProfileImage(me.id);
    expect((await client.getMe()).last_picture_update).toBeLessThan(0);
  });
});
