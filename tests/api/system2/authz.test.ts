import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';

type Expect = [number, string?];
interface Case {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  admin: Expect;
  others: Expect;
  anonymous?: Expect;
}

const PERM: Expect = [403, 'api.context.permissions.app_error'];
const GONE: Expect = [404, 'api.context.404.app_error'];
const ID = 'abcdefghijklmnopqrstuvwxyz';

const cases: Case[] = [
  { name: 'GetEnvironmentConfig', method: 'GET', path: '/api/v4/config/environment', admin: [200], others: [200] },
  { name: 'TestS3Connection (no FileSettings)', method: 'POST', path: '/api/v4/file/s3_test', body: {}, admin: [400, 'api.file.test_connection_s3_settings_nil.app_error'], others: [400, 'api.file.test_connection_s3_settings_nil.app_error'] },
  { name: 'TestFileStoreConnection', method: 'POST', path: '/api/v4/file/test', admin: [200], others: PERM },
  { name: 'GetImageByUrl', method: 'GET', path: '/api/v4/image?url=http%3A%2F%2Fimages.example.com%2Fa.png', admin: [302], others: [302] },
  { name: 'CheckIntegrity', method: 'POST', path: '/api/v4/integrity', admin: GONE, others: GONE },
  { name: 'UploadLicenseFile', method: 'POST', path: '/api/v4/license', admin: [400, 'api.license.parse_license.parse_form.app_error'], others: PERM },
  { name: 'PreviewLicense', method: 'POST', path: '/api/v4/license/preview', admin: [400, 'api.license.parse_license.parse_form.app_error'], others: PERM },
  { name: 'RequestLicenseRenewalLink', method: 'GET', path: '/api/v4/license/renewal', admin: GONE, others: GONE },
  { name: 'QueryLogs', method: 'POST', path: '/api/v4/logs/query', body: {}, admin: [200], others: PERM },
  { name: 'AcknowledgeNotification', method: 'POST', path: '/api/v4/notifications/ack', body: { id: 'a', platform: 'android', type: 'message' }, admin: [501, 'api.push_notification.disabled.app_error'], others: [501, 'api.push_notification.disabled.app_error'] },
  { name: 'TestNotification', method: 'POST', path: '/api/v4/notifications/test', admin: [200], others: [200] },
  { name: 'GetRedirectLocation', method: 'GET', path: '/api/v4/redirect_location?url=http%3A%2F%2F127.0.0.1%3A1%2F', admin: [200], others: [200] },
  { name: 'RestartServer', method: 'POST', path: '/api/v4/restart', admin: [501, 'api.system.restart.not_supported.app_error'], others: PERM },
  { name: 'GetAppliedSchemaMigrations', method: 'GET', path: '/api/v4/system/schema/version', admin: [200], others: PERM },
  { name: 'UpgradeToEnterprise', method: 'POST', path: '/api/v4/upgrade_to_enterprise', admin: [403, 'api.upgrade_to_enterprise.system_not_supported.app_error'], others: PERM },
  { name: 'IsAllowedToUpgradeToEnterprise', method: 'GET', path: '/api/v4/upgrade_to_enterprise/allowed', admin: [403, 'api.upgrade_to_enterprise.system_not_supported.app_error'], others: PERM },
  { name: 'SendWarnMetricAck', method: 'POST', path: '/api/v4/warn_metrics/ack/metric', body: { forceAck: true }, admin: GONE, others: GONE },
  { name: 'GetWarnMetricsStatus', method: 'GET', path: '/api/v4/warn_metrics/status', admin: GONE, others: GONE },
  { name: 'SendTrialLicenseWarnMetricAck', method: 'POST', path: '/api/v4/warn_metrics/trial-license-ack/metric', admin: GONE, others: GONE },
  { name: 'OpenGraph', method: 'POST', path: '/api/v4/opengraph', body: { url: 'http://127.0.0.1:1/' }, admin: [200], others: [200] },
  { name: 'CreateJob', method: 'POST', path: '/api/v4/jobs', body: { type: 'active_users' }, admin: [201], others: [403, 'api.context.permissions.app_error'] },
  { name: 'CreateJob (licensed type)', method: 'POST', path: '/api/v4/jobs', body: { type: 'data_retention' }, admin: [400, 'model.job.is_valid.type.app_error'], others: PERM },
  { name: 'CreateJob (unknown type)', method: 'POST', path: '/api/v4/jobs', body: { type: 'nonsense' }, admin: [400, 'api.job.unable_to_create_job.incorrect_job_type'], others: [400, 'api.job.unable_to_create_job.incorrect_job_type'] },
  { name: 'GetJob (unknown)', method: 'GET', path: `/api/v4/jobs/${ID}`, admin: [404, 'app.job.get.app_error'], others: [404, 'app.job.get.app_error'] },
  // purge_bleve_indexes is a retired permission no built-in role holds (Bleve is gone), so everyone gets 403.
  { name: 'PurgeBleveIndexes', method: 'POST', path: '/api/v4/bleve/purge_indexes', admin: PERM, others: PERM },
];

describe('system (rest), jobs, opengraph, bleve: who may call what', () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => {
    const found = [...t.checker.violations];
    t.checker.violations.length = 0;
    expect(found).toEqual([]);
  });

  for (const c of cases) {
    it(`${c.name}: expected status per persona`, async () => {
      for (const persona of PERSONAS as Persona[]) {
        const expected: Expect =
          persona === 'anonymous' ? (c.anonymous ?? [401, 'api.context.session_expired.app_error']) : persona === 'admin' ? c.admin : c.others;
        const res = await t.request(c.method, c.path, { token: w.tokens[persona], body: c.body });
        expect(res.status, `${c.name} as ${persona}: ${JSON.stringify(res.body)}`).toBe(expected[0]);
        if (expected[1]) expect(res.body?.id, `${c.name} as ${persona}`).toBe(expected[1]);
      }
    });
  }
});
