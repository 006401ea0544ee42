import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';

type Expect = [number, string?];
interface Case {
  name: string;
  method: string;
  path: (w: World) => string;
  body?: unknown;
  /** What an admin gets. */
  admin: Expect;
  /** What every other logged-in persona gets (unless overridden). */
  others: Expect;
  anonymous?: Expect;
  per?: Partial<Record<Persona, Expect>>;
}

const PERM: Expect = [403, 'api.context.permissions.app_error'];
const OK: Expect = [200];
const ID = 'abcdefghijklmnopqrstuvwxyz';

const cases: Case[] = [
  { name: 'GetSupportedTimezone', method: 'GET', path: () => '/api/v4/system/timezones', admin: OK, others: OK },
  { name: 'GetServerBusyExpires', method: 'GET', path: () => '/api/v4/server_busy', admin: OK, others: PERM },
  { name: 'SetServerBusy', method: 'POST', path: () => '/api/v4/server_busy?seconds=5', admin: OK, others: PERM },
  { name: 'ClearServerBusy', method: 'DELETE', path: () => '/api/v4/server_busy', admin: OK, others: PERM },
  { name: 'InvalidateCaches', method: 'POST', path: () => '/api/v4/caches/invalidate', admin: OK, others: PERM },
  { name: 'DatabaseRecycle', method: 'POST', path: () => '/api/v4/database/recycle', admin: OK, others: PERM },
  { name: 'TestSiteURL', method: 'POST', path: () => '/api/v4/site_url/test', body: { site_url: 'http://127.0.0.1:1' }, admin: [400, 'app.admin.test_site_url.failure'], others: PERM },
  { name: 'GetLogs', method: 'GET', path: () => '/api/v4/logs', admin: OK, others: PERM },
  { name: 'DownloadSystemLogs', method: 'GET', path: () => '/api/v4/logs/download', admin: OK, others: PERM },
  { name: 'PostLog', method: 'POST', path: () => '/api/v4/logs', body: { level: 'INFO', message: 'hi' }, admin: OK, others: OK, anonymous: PERM },
  { name: 'GetAnalyticsOld', method: 'GET', path: () => '/api/v4/analytics/old', admin: OK, others: PERM },
  { name: 'GetNotices', method: 'GET', path: (w) => `/api/v4/system/notices/${w.team.id}?client=web&clientVersion=10.0.0`, admin: OK, others: OK },
  { name: 'MarkNoticesViewed', method: 'PUT', path: () => '/api/v4/system/notices/view', body: ['n1'], admin: OK, others: OK },
  { name: 'GetFirstAdminSetupComplete', method: 'GET', path: () => '/api/v4/system/onboarding/complete', admin: OK, others: PERM },
  { name: 'CompleteOnboarding', method: 'POST', path: () => '/api/v4/system/onboarding/complete', body: { organization: 'Org' }, admin: OK, others: [403, 'app.system.complete_onboarding_request.no_first_user'] },
  { name: 'UpgradeToEnterpriseStatus', method: 'GET', path: () => '/api/v4/upgrade_to_enterprise/status', admin: OK, others: PERM },
  { name: 'GenerateSupportPacket', method: 'GET', path: () => '/api/v4/system/support_packet', admin: [403, 'api.no_license'], others: PERM },
  { name: 'UpdateMarketplaceVisitedByAdmin', method: 'POST', path: () => '/api/v4/plugins/marketplace/first_admin_visit', body: { first_admin_visit_marketplace_status: true }, admin: OK, others: PERM },
  { name: 'GetMarketplaceVisitedByAdmin', method: 'GET', path: () => '/api/v4/plugins/marketplace/first_admin_visit', admin: OK, others: PERM },
  { name: 'TestEmail', method: 'POST', path: () => '/api/v4/email/test', body: {}, admin: [400, 'api.file.test_connection_email_settings_nil.app_error'], others: [400, 'api.file.test_connection_email_settings_nil.app_error'] },
  { name: 'GetAncillaryPermissions', method: 'GET', path: () => '/api/v4/permissions/ancillary?subsection_permissions=sysconsole_write_site_customization', admin: OK, others: OK },
  { name: 'GetAncillaryPermissionsPost', method: 'POST', path: () => '/api/v4/permissions/ancillary', body: ['sysconsole_write_site_customization'], admin: OK, others: OK },
  { name: 'GetPlugins', method: 'GET', path: () => '/api/v4/plugins', admin: OK, others: PERM },
  { name: 'GetPluginStatuses', method: 'GET', path: () => '/api/v4/plugins/statuses', admin: OK, others: PERM },
  { name: 'GetWebappPlugins', method: 'GET', path: () => '/api/v4/plugins/webapp', admin: OK, others: OK, anonymous: OK },
  { name: 'UploadPlugin', method: 'POST', path: () => '/api/v4/plugins', admin: [501, 'app.plugin.upload_disabled.app_error'], others: [501, 'app.plugin.upload_disabled.app_error'] },
  { name: 'GetBrandImage', method: 'GET', path: () => '/api/v4/brand/image', admin: [404, 'api.admin.get_brand_image.not_found.app_error'], others: [404, 'api.admin.get_brand_image.not_found.app_error'], anonymous: [404, 'api.admin.get_brand_image.not_found.app_error'] },
  { name: 'SubmitPerformanceReport', method: 'POST', path: () => '/api/v4/client_perf', body: { version: '0.1.0', start: 1, end: 2 }, admin: OK, others: OK },
  { name: 'RemovePlugin', method: 'DELETE', path: () => '/api/v4/plugins/com.example.none', admin: [404, 'app.plugin.not_installed.app_error'], others: PERM },
  { name: 'EnablePlugin', method: 'POST', path: () => '/api/v4/plugins/com.example.none/enable', admin: [404, 'app.plugin.not_installed.app_error'], others: PERM },
  { name: 'DisablePlugin', method: 'POST', path: () => '/api/v4/plugins/com.example.none/disable', admin: [404, 'app.plugin.not_installed.app_error'], others: PERM },
  { name: 'InstallPluginFromUrl', method: 'POST', path: () => '/api/v4/plugins/install_from_url?plugin_download_url=http://x', admin: [501, 'app.plugin.disabled.app_error'], others: [501, 'app.plugin.disabled.app_error'] },
  { name: 'DeleteBrandImage', method: 'DELETE', path: () => '/api/v4/brand/image', admin: [404, 'api.admin.delete_brand_image.storage.not_found'], others: PERM },
  { name: 'ListChannelBookmarksForChannel', method: 'GET', path: (w) => `/api/v4/channels/${w.publicChannel.id}/bookmarks`, admin: [501, 'api.channel.bookmark.channel_bookmark.license.error'], others: [501, 'api.channel.bookmark.channel_bookmark.license.error'] },
  { name: 'CreateChannelBookmark', method: 'POST', path: (w) => `/api/v4/channels/${w.privateChannel.id}/bookmarks`, body: { display_name: 'x', type: 'link', link_url: 'https://example.com' }, admin: [501, 'api.channel.bookmark.channel_bookmark.license.error'], others: [501, 'api.channel.bookmark.channel_bookmark.license.error'] },
  { name: 'UpdateChannelBookmark', method: 'PATCH', path: (w) => `/api/v4/channels/${w.privateChannel.id}/bookmarks/${ID}`, body: { display_name: 'y' }, admin: [501, 'api.channel.bookmark.channel_bookmark.license.error'], others: [501, 'api.channel.bookmark.channel_bookmark.license.error'] },
  { name: 'UpdateChannelBookmarkSortOrder', method: 'POST', path: (w) => `/api/v4/channels/${w.privateChannel.id}/bookmarks/${ID}/sort_order`, body: 0, admin: [501, 'api.channel.bookmark.channel_bookmark.license.error'], others: [501, 'api.channel.bookmark.channel_bookmark.license.error'] },
  { name: 'DeleteChannelBookmark', method: 'DELETE', path: (w) => `/api/v4/channels/${w.privateChannel.id}/bookmarks/${ID}`, admin: [501, 'api.channel.bookmark.channel_bookmark.license.error'], others: [501, 'api.channel.bookmark.channel_bookmark.license.error'] },
  { name: 'RequestTrialLicense', method: 'POST', path: () => '/api/v4/trial-license', body: { users: 10, terms_accepted: true, receive_emails_accepted: false }, admin: [403, 'api.license.upgrade_needed.app_error'], others: PERM },
  { name: 'GetPrevTrialLicense', method: 'GET', path: () => '/api/v4/trial-license/prev', admin: [403, 'api.license.upgrade_needed.app_error'], others: [403, 'api.license.upgrade_needed.app_error'] },
  { name: 'GetLicenseLoadMetric', method: 'GET', path: () => '/api/v4/license/load_metric', admin: OK, others: OK },
  { name: 'RemoveLicenseFile', method: 'DELETE', path: () => '/api/v4/license', admin: OK, others: PERM },
  { name: 'GetTermsOfService', method: 'GET', path: () => '/api/v4/terms_of_service', admin: [404, 'app.terms_of_service.get.no_rows.app_error'], others: [404, 'app.terms_of_service.get.no_rows.app_error'] },
  { name: 'CreateTermsOfService', method: 'POST', path: () => '/api/v4/terms_of_service', body: { text: 'terms' }, admin: [400, 'api.create_terms_of_service.custom_terms_of_service_disabled.app_error'], others: PERM },
  { name: 'GetPostsUsage', method: 'GET', path: () => '/api/v4/usage/posts', admin: OK, others: OK },
  { name: 'GetStorageUsage', method: 'GET', path: () => '/api/v4/usage/storage', admin: OK, others: OK },
  { name: 'GetTeamsUsage', method: 'GET', path: () => '/api/v4/usage/teams', admin: OK, others: OK },
  { name: 'ListExports', method: 'GET', path: () => '/api/v4/exports', admin: OK, others: PERM },
  { name: 'DownloadExport', method: 'GET', path: () => '/api/v4/exports/none.zip', admin: [404, 'api.export.export_not_found.app_error'], others: PERM },
  { name: 'DeleteExport', method: 'DELETE', path: () => '/api/v4/exports/none.zip', admin: OK, others: PERM },
  { name: 'ListImports', method: 'GET', path: () => '/api/v4/imports', admin: OK, others: PERM },
  { name: 'DeleteImport', method: 'DELETE', path: () => '/api/v4/imports/none.zip', admin: OK, others: PERM },
  { name: 'GetJobs', method: 'GET', path: () => '/api/v4/jobs', admin: OK, others: PERM },
  { name: 'GetJobsByType', method: 'GET', path: () => '/api/v4/jobs/type/data_retention', admin: OK, others: PERM },
  { name: 'GetJob', method: 'GET', path: () => `/api/v4/jobs/${ID}`, admin: [404, 'app.job.get.app_error'], others: [404, 'app.job.get.app_error'] },
  { name: 'CancelJob', method: 'POST', path: () => `/api/v4/jobs/${ID}/cancel`, admin: [404, 'app.job.get.app_error'], others: [404, 'app.job.get.app_error'] },
  { name: 'DownloadJob', method: 'GET', path: () => `/api/v4/jobs/${ID}/download`, admin: [501, 'app.job.download_export_results_not_enabled'], others: [501, 'app.job.download_export_results_not_enabled'] },
  { name: 'UpdateJobStatus', method: 'PATCH', path: () => `/api/v4/jobs/${ID}/status`, body: { status: 'canceled' }, admin: [404, 'app.job.get.app_error'], others: [404, 'app.job.get.app_error'] },
  { name: 'ConnectWebSocket', method: 'GET', path: () => '/api/v4/websocket', admin: [400, 'api.web_socket.connect.upgrade.app_error'], others: [400, 'api.web_socket.connect.upgrade.app_error'], anonymous: [400, 'api.web_socket.connect.upgrade.app_error'] },
  { name: 'GetCPAGroup', method: 'GET', path: () => '/api/v4/custom_profile_attributes/group', admin: [403, 'app.property.license_error'], others: [403, 'app.property.license_error'] },
];

describe('system, jobs, plugins and friends: who may call what', () => {
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
      for (const persona of PERSONAS) {
        const expected: Expect =
          c.per?.[persona] ??
          (persona === 'anonymous' ? (c.anonymous ?? [401, 'api.context.session_expired.app_error']) : persona === 'admin' ? c.admin : c.others);
        const res = await t.request(c.method, c.path(w), { token: w.tokens[persona], body: c.body });
        expect(res.status, `${c.name} as ${persona}: ${JSON.stringify(res.body)}`).toBe(expected[0]);
        if (expected[1]) expect(res.body?.id, `${c.name} as ${persona}`).toBe(expected[1]);
      }
    });
  }
});
