import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { getJobById } from '../../../db/queries/jobs';

describe('jobs: create, read, list, cancel, status', () => {
  let t: TestServer;
  let w: World;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    admin = w.tokens.admin!;
  });
  afterAll(() => t.close());
  afterEach(() => {
    const found = [...t.checker.violations];
    t.checker.violations.length = 0;
    expect(found).toEqual([]);
  });

  const create = (body: unknown, token = admin) => t.request('POST', '/api/v4/jobs', { token, body });

  it('creates a pending job of a Team Edition type and stores it', async () => {
    const res = await create({ type: 'export_process', data: { include_attachments: 'true' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'export_process', status: 'pending', priority: 0, progress: 0, start_at: 0, last_activity_at: 0, data: { include_attachments: 'true' } });
    expect(res.body.id).toMatch(/^[a-z0-9]{26}$/);
    const row = await getJobById(t.running.context.db, res.body.id);
    expect(row?.status).toBe('pending');
    expect(row?.data).toEqual({ include_attachments: 'true' });
    const got = await t.request('GET', `/api/v4/jobs/${res.body.id}`, { token: admin });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
    const noData = await create({ type: 'active_users' });
    expect(noData.body.data).toBeNull();
  });

  it('refuses types without a Team Edition worker, unknown types and malformed bodies', async () => {
    for (const type of ['data_retention', 'message_export', 'ldap_sync', 'elasticsearch_post_indexing', 'cloud']) {
      const res = await create({ type });
      expect(res.status, type).toBe(400);
      expect(res.body.id, type).toBe('model.job.is_valid.type.app_error');
    }
    const untyped = await create({});
    expect(untyped.status).toBe(400);
    expect(untyped.body.id).toBe('api.job.unable_to_create_job.incorrect_job_type');
    const unknown = await create({ type: 'bleve_post_indexing' });
    expect(unknown.body.id).toBe('api.job.unable_to_create_job.incorrect_job_type');
    const badData = await create({ type: 'active_users', data: { n: 1 } });
    expect(badData.status).toBe(400);
    expect(badData.body.id).toBe('api.context.invalid_body_param.app_error');
  });

  it('lists jobs newest first, by type and status, with paging', async () => {
    const a = await create({ type: 'expiry_notify' });
    const b = await create({ type: 'expiry_notify' });
    const byType = await t.request('GET', '/api/v4/jobs/type/expiry_notify', { token: admin });
    expect(byType.status).toBe(200);
    expect(byType.body.map((j: any) => j.id).slice(0, 2).sort()).toEqual([a.body.id, b.body.id].sort());
    const paged = await t.request('GET', '/api/v4/jobs/type/expiry_notify?page=1&per_page=1', { token: admin });
    expect(paged.body).toHaveLength(1);
    const all = await t.request('GET', '/api/v4/jobs?job_type=expiry_notify&status=pending', { token: admin });
    expect(all.body.length).toBeGreaterThanOrEqual(2);
    const none = await t.request('GET', '/api/v4/jobs?job_type=expiry_notify&status=success', { token: admin });
    expect(none.body).toEqual([]);
    const member = await t.request('GET', '/api/v4/jobs/type/expiry_notify', { token: w.tokens.member });
    expect(member.status).toBe(403);
  });

  it('cancels a pending job once; a finished job cannot be cancelled', async () => {
    const job = (await create({ type: 'import_process' })).body;
    const member = await t.request('POST', `/api/v4/jobs/${job.id}/cancel`, { token: w.tokens.member });
    expect(member.status).toBe(403);
    const res = await t.request('POST', `/api/v4/jobs/${job.id}/cancel`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'OK' });
    expect((await getJobById(t.running.context.db, job.id))?.status).toBe('canceled');
    const again = await t.request('POST', `/api/v4/jobs/${job.id}/cancel`, { token: admin });
    expect(again.status).toBe(400);
    expect(again.body.id).toBe('jobs.request_cancellation.status.error');
  });

  it('changes status by Mattermost’s rules, or any way with force', async () => {
    const job = (await create({ type: 'migrations' })).body;
    const bad = await t.request('PATCH', `/api/v4/jobs/${job.id}/status`, { token: admin, body: { status: 'canceled' } });
    expect(bad.status).toBe(400);
    expect(bad.body.id).toBe('api.job.status.invalid');
    const member = await t.request('PATCH', `/api/v4/jobs/${job.id}/status`, { token: w.tokens.member, body: { status: 'cancel_requested' } });
    expect(member.status).toBe(403);
    const ok = await t.request('PATCH', `/api/v4/jobs/${job.id}/status`, { token: admin, body: { status: 'cancel_requested' } });
    expect(ok.status).toBe(200);
    // A pending job asked to stop is simply cancelled.
    expect((await getJobById(t.running.context.db, job.id))?.status).toBe('canceled');
    const forced = await t.request('PATCH', `/api/v4/jobs/${job.id}/status`, { token: admin, body: { status: 'pending', force: true } });
    expect(forced.status).toBe(200);
    expect((await getJobById(t.running.context.db, job.id))?.status).toBe('pending');
  });

  it('downloads only compliance exports, behind DownloadExportResults', async () => {
    const job = (await create({ type: 'active_users' })).body;
    const off = await t.request('GET', `/api/v4/jobs/${job.id}/download`, { token: admin });
    expect(off.status).toBe(501);
    const patched = await t.request('PUT', '/api/v4/config/patch', { token: admin, body: { MessageExportSettings: { DownloadExportResults: true } } });
    expect(patched.status).toBe(200);
    const wrongType = await t.request('GET', `/api/v4/jobs/${job.id}/download`, { token: admin });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.id).toBe('api.job.unable_to_download_job.incorrect_job_type');
    const missing = await t.request('GET', '/api/v4/jobs/abcdefghijklmnopqrstuvwxyz/download', { token: admin });
    expect(missing.status).toBe(404);
  });
});
