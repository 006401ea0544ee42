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
  (process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. ` : '') +
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
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
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

  // Swagger UI renders only the operations near the viewport: scroll down the whole page,
  // noting each tag section seen (a string, so that no transpiler helper leaks into the page).
  const SCAN_TAG_SECTIONS = `(async () => {
    const tags = new Set();
    for (let y = 0; ; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      document.querySelectorAll('.opblock-tag').forEach((e) => tags.add(e.getAttribute('data-tag')));
      if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) break;
    }
    window.scrollTo(0, 0);
    return [...tags];
  })()`;

  function expectNoTrouble() {
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(failedRequests, 'failed requests').toEqual([]);
    expect(otherOrigins, 'requests to other origins').toEqual([]);
    expect(badResponses, 'error responses').toEqual([]);
  }

  it('renders the spec with every tag as a section, offline and without errors', async () => {
    const started = Date.now();
    const specLoaded = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v4/openapi.json');
    await page.goto(`${base}/api/v4/docs`);
    expect((await specLoaded).status()).toBe(200);
    await page.locator('.opblock-tag').first().waitFor({ timeout: 20_000 });
    const rendered = Date.now() - started;
    await expect(page.title()).resolves.toBe('Mattermost API v4');

    const scanStarted = Date.now();
    const seen = (await page.evaluate(SCAN_TAG_SECTIONS)) as string[];
    console.log(`docs page: first section after ${rendered} ms, all sections scrolled through in ${Date.now() - scanStarted} ms`);
    for (const tag of ['users', 'teams', 'channels', 'posts', 'system']) expect(seen).toContain(tag);
    const specTags = ((t.running.spec.tags ?? []) as { name: string }[]).map((tag) => tag.name);
    expect(new Set(seen)).toEqual(new Set(specTags));
    expectNoTrouble();
  });

  it('opens an operation and tries it out against this server', async () => {
    await page.locator('input.operation-filter-input').fill('/api/v4/system/ping');
    const op = page.locator('#operations-system-GetPing');
    await op.waitFor({ timeout: 10_000 });
    await expect(op.locator('.opblock-summary-path').getAttribute('data-path')).resolves.toBe('/api/v4/system/ping');
    await expect(op.locator('.opblock-summary-description').innerText()).resolves.toBe('Get ping');

    await op.locator('.opblock-summary-control').click();
    const body = op.locator('.opblock-body');
    await body.waitFor({ timeout: 10_000 });
    await expect(op.getAttribute('class')).resolves.toContain('is-open');
    // The operation's details resolve after it opens: wait for its parameters to show.
    await body.locator('tr[data-param-name="get_server_status"]').waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).hash).toBe('#/system/GetPing');

    await body.locator('button.try-out__btn').click();
    const ping = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v4/system/ping');
    await body.locator('button.execute').click();
    expect((await ping).status()).toBe(200);
    await body.locator('.live-responses-table tr.response td.response-col_status', { hasText: '200' }).waitFor({ timeout: 10_000 });
    expectNoTrouble();
  });
});
