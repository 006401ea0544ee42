import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { bootstrapAdmin, expectAppError, expectNoViolations } from '../../helpers/fixtures';

describe('routing and validation from the spec', () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_MAXIMUMPAYLOADSIZEBYTES: '2000' } });
    token = (await bootstrapAdmin(t)).token;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('answers unknown routes 404 and wrong methods 405, as AppErrors', async () => {
    expectAppError(await t.request('GET', '/api/v4/no/such/route'), 404, 'api.context.404.app_error');
    expectAppError(await t.request('DELETE', '/api/v4/system/ping'), 405, 'api.context.method_not_allowed.app_error');
  });

  it('prefers literal segments over parameters', async () => {
    const res = await t.request('GET', '/api/v4/users/autocomplete?name=x', { token });
    expect(res.status).not.toBe(400);
    if (res.status === 501) expect(res.body.message).toContain('AutocompleteUsers');
  });

  it('takes raw emails and + in path segments', async () => {
    const res = await t.request('GET', '/api/v4/users/email/someone+tag@example.com', { token });
    expect([200, 404, 501]).toContain(res.status);
    if (res.status === 501) expect(res.body.message).toContain('GetUserByEmail');
  });

  it('names the offending query parameter on a type error', async () => {
    const res = await t.request('GET', '/api/v4/users?per_page=abc', { token });
    expectAppError(res, 400, 'api.context.invalid_url_param.app_error');
    expect(res.body.message).toContain('per_page');
  });

  it('treats empty query values as absent', async () => {
    const res = await t.request('GET', '/api/v4/users?per_page=&page=', { token });
    expect(res.status).not.toBe(400);
  });

  it('refuses bodies over MaximumPayloadSizeBytes with 413', async () => {
    const res = await t.request('PUT', '/api/v4/config/patch', { token, body: { TeamSettings: { SiteName: 'x'.repeat(5000) } } });
    expectAppError(res, 413, 'api.context.request_body_too_large.app_error');
    const config = await t.request('GET', '/api/v4/config', { token });
    expect(config.body.TeamSettings.SiteName).not.toContain('xxxx');
  });

  it('answers operations not built yet with an explicit 501 AppError', async () => {
    const res = await t.request('GET', '/api/v4/teams', { token });
    if (res.status === 501) {
      expectAppError(res, 501, 'api.context.not_implemented.app_error');
      expect(res.body.message).toContain('GetAllTeams');
    }
  });
});

describe('rate limiting', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      env: { MM_RATELIMITSETTINGS_ENABLE: 'true', MM_RATELIMITSETTINGS_PERSEC: '1', MM_RATELIMITSETTINGS_MAXBURST: '2' },
    });
  });
  afterAll(() => t.close());

  it('answers 429 as a JSON AppError with Retry-After and X-Ratelimit headers', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 6; i++) {
      last = await t.request('GET', '/api/v4/system/ping');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses).toContain(429);
    const limited = await t.request('GET', '/api/v4/system/ping');
    expectAppError(limited, 429, 'api.context.rate_limit_exceeded.app_error');
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('X-Ratelimit-Limit')).toBe('1');
    expect(limited.headers.get('X-Ratelimit-Remaining')).toBe('0');
  });
});
