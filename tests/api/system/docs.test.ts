import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError } from '../../helpers/fixtures';

/** Sends the path exactly as written (fetch and URL would resolve its dot segments first). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('documentation page (not an API operation)', () => {
  let t: TestServer;
  let base: string;

  beforeAll(async () => {
    t = await startTestServer();
    base = await t.listen();
  });
  afterAll(() => t.close());

  it('serves an HTML page that loads our own assets and the spec', async () => {
    const res = await t.request('GET', '/api/v4/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = res.body as string;
    expect(html).toContain('docs/assets/swagger-ui-bundle.js?v=');
    expect(html).toContain('docs/assets/swagger-ui.css?v=');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);

    const init = await t.request('GET', '/api/v4/docs/assets/docs-init.js');
    expect(init.status).toBe(200);
    expect(init.body).toContain("url: 'openapi.json'");
  });

  it('serves whitelisted assets with their type and a long cache', async () => {
    const js = await t.request('GET', '/api/v4/docs/assets/swagger-ui-bundle.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((js.body as string).length).toBeGreaterThan(100_000);

    const css = await t.request('GET', '/api/v4/docs/assets/swagger-ui.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');

    const png = await fetch(`${base}/api/v4/docs/assets/favicon-32x32.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses anything else under assets, including path traversal', async () => {
    for (const path of [
      '/api/v4/docs/assets/package.json',
      '/api/v4/docs/assets/index.html',
      '/api/v4/docs/assets/swagger-ui-bundle.js.map',
      '/api/v4/docs/assets/..%2F..%2Fpackage.json',
      '/api/v4/docs/assets/..%2f..%2f..%2f..%2fpackage.json',
      '/api/v4/docs/assets/%2e%2e/%2e%2e/package.json',
      '/api/v4/docs/assets/constructor',
      '/api/v4/docs/assets/__proto__',
    ]) {
      expectAppError(await t.request('GET', path), 404, 'api.context.404.app_error');
    }
    // Sent raw, dot segments and all: still nothing from the file system.
    for (const path of ['/api/v4/docs/assets/../../package.json', '/api/v4/docs/assets/../../../../package.json']) {
      const res = await rawGet(base, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('mattermost-ts-server');
    }
  });

  it('is not an API operation: other methods get the usual answers', async () => {
    const post = await t.request('POST', '/api/v4/docs');
    expect([404, 405]).toContain(post.status);
    const slash = await fetch(`${base}/api/v4/docs/`, { redirect: 'manual' });
    expect(slash.status).toBe(301);
    expect(new URL(slash.headers.get('location')!, `${base}/api/v4/docs/`).pathname).toBe('/api/v4/docs');
  });

  it('leaves only the expected checker notes: 200s on routes outside the spec', () => {
    const unexpected = t.checker.violations.filter(
      (v) => !(v.request.startsWith('GET /api/v4/docs') && v.problem === 'unrouted request answered with other than 404/405'),
    );
    expect(unexpected).toEqual([]);
  });
});
