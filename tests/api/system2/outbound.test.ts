import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

const PAGE = `<!doctype html><html><head>
<meta charset="utf-8">
<meta property="og:type" content="article">
<meta property="og:title" content="Caf&eacute; &amp; Co &#8212; news">
<meta property="og:description" content='Fresh "beans"'>
<meta property="og:url" content="https://canonical.example/page">
<meta property="og:site_name" content="Example">
<meta property="og:locale" content="en_GB">
<meta property="og:locale:alternate" content="fr_FR">
<meta property="og:image" content="/images/a.png">
<meta property="og:image:width" content="640">
<meta property="og:image:height" content="480">
<meta property="og:image:type" content="image/png">
<meta property="og:image" content="https://cdn.example/b.jpg">
<meta property="og:video:secure_url" content="https://cdn.example/v.mp4">
<meta name="og:audio" content="sound.mp3">
</head><body><meta property="og:title" content="ignored after head"></body></html>`;

describe('outbound fetches: link previews, redirect locations, image proxy', () => {
  let t: TestServer;
  let w: World;
  let remote: Server;
  let base: string;
  const hits: Record<string, number> = {};

  beforeAll(async () => {
    remote = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      hits[req.url ?? ''] = (hits[req.url ?? ''] ?? 0) + 1;
      if (path === '/page') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
      if (path === '/latin1') return res.writeHead(200, { 'Content-Type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('<head><meta property="og:title" content="Caf\xe9"></head>', 'latin1'));
      if (path === '/hop') return res.writeHead(302, { Location: '/page' }).end();
      if (path === '/moved') return res.writeHead(301, { Location: 'https://elsewhere.example/target' }).end();
      if (path === '/long') return res.writeHead(302, { Location: `https://elsewhere.example/${'x'.repeat(2200)}` }).end();
      if (path === '/img.png') return res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
      if (path === '/text') return res.writeHead(200, { 'Content-Type': 'text/plain' }).end('not an image');
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => remote.close(resolve));
  });
  afterEach(() => {
    const found = [...t.checker.violations];
    t.checker.violations.length = 0;
    expect(found).toEqual([]);
  });

  const patch = async (body: Record<string, unknown>) => {
    const res = await t.request('PUT', '/api/v4/config/patch', { token: w.tokens.admin, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  const allowLoopback = (allowed: boolean) => patch({ ServiceSettings: { AllowedUntrustedInternalConnections: allowed ? '127.0.0.1' : '' } });
  const og = (url: string) => t.request('POST', '/api/v4/opengraph', { token: w.tokens.member, body: { url } });
  const location = (url: string) => t.request('GET', `/api/v4/redirect_location?url=${encodeURIComponent(url)}`, { token: w.tokens.member });
  const image = async (url: string) => {
    const fetch = t.checker.wrap((req) => t.running.app.fetch(req));
    return fetch(new Request(`http://localhost/api/v4/image?url=${encodeURIComponent(url)}`, { headers: { Authorization: `Bearer ${w.tokens.member}` } }));
  };

  it('refuses loopback addresses unless AllowedUntrustedInternalConnections lists them', async () => {
    await allowLoopback(false);
    const res = await og(`${base}/page?refused`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ url: '' });
    expect(hits['/page?refused']).toBeUndefined();
    const loc = await location(`${base}/moved?refused`);
    expect(loc.body).toEqual({ location: '' });
    expect(hits['/moved?refused']).toBeUndefined();
  });

  it('reads the Open Graph tags of a page in head, absolutes media, answers the requested url', async () => {
    await allowLoopback(true);
    const url = `${base}/page?a=1`;
    const res = await og(url);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      type: 'article',
      url,
      title: 'Café & Co — news',
      description: 'Fresh "beans"',
      site_name: 'Example',
      locale: 'en_GB',
      locales_alternate: ['fr_FR'],
      images: [
        { url: `${base}/images/a.png`, secure_url: '', type: 'image/png', width: 640, height: 480 },
        { url: 'https://cdn.example/b.jpg', secure_url: '', type: '', width: 0, height: 0 },
      ],
      videos: [{ url: '', secure_url: 'https://cdn.example/v.mp4', type: '', width: 0, height: 0 }],
      audios: [{ url: `${base}/sound.mp3`, secure_url: '', type: '' }],
    });
  });

  it('caches a preview per URL for an hour', async () => {
    const url = `${base}/page?cache=1`;
    await og(url);
    await og(url);
    expect(hits['/page?cache=1']).toBe(1);
  });

  it('follows redirects for previews and decodes the page charset', async () => {
    const hop = await og(`${base}/hop?x=1`);
    expect(hop.body.title).toBe('Café & Co — news');
    const latin = await og(`${base}/latin1`);
    expect(latin.body.title).toBe('Café');
    expect(latin.body.images).toBeNull();
    expect(latin.body.url).toBe('');
  });

  it('answers {url:""} for a page that cannot be fetched and refuses a missing url', async () => {
    expect((await og('not a url')).body).toEqual({ url: '' });
    const missing = await t.request('POST', '/api/v4/opengraph', { token: w.tokens.member, body: { url: '' } });
    expect(missing.status).toBe(400);
    expect(missing.body.id).toBe('api.context.invalid_body_param.app_error');
  });

  it('gives the Location of one redirect, caches it, and drops over-long ones', async () => {
    const res = await location(`${base}/moved`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ location: 'https://elsewhere.example/target' });
    await location(`${base}/moved`);
    expect(hits['/moved']).toBe(1);
    expect((await location(`${base}/long`)).body).toEqual({ location: '' });
    expect((await location(`${base}/page?plain`)).body).toEqual({ location: '' });
    const missing = await t.request('GET', '/api/v4/redirect_location', { token: w.tokens.member });
    expect(missing.status).toBe(400);
    expect(missing.body.id).toBe('api.context.invalid_body_param.app_error');
  });

  it('turns both off with EnableLinkPreviews', async () => {
    await patch({ ServiceSettings: { EnableLinkPreviews: false } });
    const res = await og(`${base}/page?off`);
    expect(res.status).toBe(501);
    expect(res.body.id).toBe('api.post.link_preview_disabled.app_error');
    expect((await location(`${base}/moved?off`)).body).toEqual({ location: '' });
    expect(hits['/moved?off']).toBeUndefined();
    const noUrl = await t.request('GET', '/api/v4/redirect_location', { token: w.tokens.member });
    expect(noUrl.body).toEqual({ location: '' });
    await patch({ ServiceSettings: { EnableLinkPreviews: true } });
  });

  it('redirects to the image while the image proxy is off, completing the URL from SiteURL', async () => {
    await patch({ ServiceSettings: { SiteURL: 'https://chat.example.com' } });
    const off = await image('https://images.example/cat.png');
    expect(off.status).toBe(302);
    expect(off.headers.get('location')).toBe('https://images.example/cat.png');
    const relative = await image('/static/logo.png');
    expect(relative.headers.get('location')).toBe('https://chat.example.com/static/logo.png');
    const opaque = await image('mailto:someone@example.com');
    expect(opaque.status).toBe(400);
    expect((await opaque.json()).id).toBe('api.image.get.app_error');
  });

  it('streams images through the local proxy and refuses what is not an image', async () => {
    await patch({ ImageProxySettings: { Enable: true, ImageProxyType: 'local' } });
    const ok = await image(`${base}/img.png`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await ok.arrayBuffer()).equals(PNG)).toBe(true);
    const text = await image(`${base}/text`);
    expect(text.status).toBe(403);
    expect((await text.json()).id).toBe('api.image.get.app_error');
    const missing = await image(`${base}/nothing.png`);
    expect(missing.status).toBe(502);
    const site = await image('/static/logo.png');
    expect(site.status).toBe(302);
    await allowLoopback(false);
    const refused = await image(`${base}/img.png?internal`);
    expect(refused.status).toBe(502);
    expect(hits['/img.png?internal']).toBeUndefined();
    await allowLoopback(true);
  });

  it('signs the URL for an atmos/camo remote proxy', async () => {
    await patch({ ImageProxySettings: { Enable: true, ImageProxyType: 'atmos/camo', RemoteImageProxyURL: 'https://camo.example', RemoteImageProxyOptions: 'secret' } });
    const url = 'https://images.example/cat.png';
    const res = await image(url);
    expect(res.status).toBe(302);
    const digest = createHmac('sha1', 'secret').update(url).digest('hex');
    expect(res.headers.get('location')).toBe(`https://camo.example/${digest}/${Buffer.from(url).toString('hex')}`);
    await patch({ ImageProxySettings: { Enable: false } });
  });
});
