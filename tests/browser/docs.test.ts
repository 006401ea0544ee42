/**
 * The documentation page in a real browser: Debian's chromium, driven headless by
 * playwright-core. Install the browser with `bash scripts/ensure-chromium.sh` (or set
 * CHROMIUM_PATH); set SKIP_BROWSER_TESTS=1 to skip these tests on purpose.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer';

const skip = process.env.SKIP_BROWSER_TESTS === '1';

function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const MISSING_CHROMIUM =
  'chromium is not installed: the browser tests need it. Install it with `bash scripts/ensure-chromium.sh` ' +
  '(apt-get install -y --no-install-recommends chromium), or point CHROMIUM_PATH at a Chromium binary, ' +
  'or set SKIP_BROWSER_TESTS=1 to skip the browser tests.';

describe.skipIf(skip)('documentation page in a browser', () => {
  let t: TestServer;
  let base: string;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const otherOrigins: string[] = [];
  const badResponses: string[] = [];

  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(MISSING_CHROMIUM);
    t = await startTestServer();
    base = await t.listen();
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    page = await browser.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== base) otherOrigins.push(req.url());
    });
    page.on('requestfailed', (req) => failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`));
    page.on('response', (res) => {
      if (res.status() >= 400) badResponses.push(`${res.status()} ${res.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders the spec with our tags, offline and without errors', async () => {
    const started = Date.now();
    const specLoaded = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v4/openapi.json');
    await page.goto(`${base}/api/v4/docs`);
    expect((await specLoaded).status()).toBe(200);
    await page.locator('#operations-tag-system').waitFor({ timeout: 20_000 });
    console.log(`docs page rendered in ${Date.now() - started} ms`);

    await expect(page.title()).resolves.toBe('Mattermost API v4');
    for (const tag of ['users', 'teams', 'channels', 'posts', 'system']) {
      await expect(page.locator(`#operations-tag-${tag}`).isVisible(), tag).resolves.toBe(true);
    }
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(otherOrigins).toEqual([]);
    expect(badResponses).toEqual([]);
  });

  it('opens an operation', async () => {
    const op = page.locator('#operations-system-GetPing');
    await expect(op.locator('.opblock-summary-path').getAttribute('data-path')).resolves.toBe('/api/v4/system/ping');
    await expect(op.locator('.opblock-summary-description').innerText()).resolves.toBe('Get ping');
    await op.locator('.opblock-summary-control').click();
    await op.locator('.opblock-body').waitFor({ timeout: 10_000 });
    await expect(op.getAttribute('class')).resolves.toContain('is-open');
    await expect(op.locator('.opblock-body').innerText()).resolves.toContain('get_server_status');
    expect(new URL(page.url()).hash).toBe('#/system/GetPing');

    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(otherOrigins).toEqual([]);
    expect(badResponses).toEqual([]);
  });
});
