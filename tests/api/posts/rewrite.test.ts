import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';

/** POST /posts/rewrite without the AI agents plugin: Mattermost's checks, then the agent call it cannot make. */
describe('posts: RewriteMessage without an AI agent', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const rewrite = (token: string | undefined, body: unknown) => t.request('POST', '/api/v4/posts/rewrite', { token, body });
  const valid = { agent_id: 'a'.repeat(26), message: 'make me shorter please', action: 'shorten' };

  it('persona matrix: any session gets 501 app.ai.rewrite.agent_call_failed; no session 401', async () => {
    for (const p of PERSONAS) {
      const res = await rewrite(w.tokens[p], valid);
      if (p === 'anonymous') expect(res.status).toBe(401);
      else expectAppError(res, 501, 'app.ai.rewrite.agent_call_failed');
    }
  });

  it('a bad agent id, action or body is a 400 first', async () => {
    expectAppError(await rewrite(w.tokens.member, { ...valid, agent_id: 'nope' }), 400, 'api.context.invalid_body_param.app_error');
    expect((await rewrite(w.tokens.member, { ...valid, action: 'translate' })).status).toBe(400);
    expect((await rewrite(w.tokens.member, { message: 'x', action: 'shorten' })).status).toBe(400);
    expectAppError(await rewrite(w.tokens.member, { ...valid, action: 'custom', custom_prompt: 'in verse' }), 501, 'app.ai.rewrite.agent_call_failed');
  });
});
