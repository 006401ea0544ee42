import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { clearServerBusy } from './clearServerBusy';
import { completeOnboarding } from './completeOnboarding';
import { databaseRecycle } from './databaseRecycle';
import { generateSupportPacket } from './generateSupportPacket';
import { getAnalyticsOld } from './getAnalyticsOld';
import { getClientConfig } from './getClientConfig';
import { getClientLicense } from './getClientLicense';
import { getConfig } from './getConfig';
import { getFirstAdminSetupComplete } from './getFirstAdminSetupComplete';
import { getLicenseLoadMetric } from './getLicenseLoadMetric';
import { getLogs } from './getLogs';
import { getNotices } from './getNotices';
import { getOpenApiSpec } from './getOpenApiSpec';
import { getPing } from './getPing';
import { getPrevTrialLicense } from './getPrevTrialLicense';
import { getServerBusyExpires } from './getServerBusyExpires';
import { getSupportedTimezone } from './getSupportedTimezone';
import { invalidateCaches } from './invalidateCaches';
import { markNoticesViewed } from './markNoticesViewed';
import { patchConfig } from './patchConfig';
import { postLog } from './postLog';
import { reloadConfig } from './reloadConfig';
import { removeLicenseFile } from './removeLicenseFile';
import { requestTrialLicense } from './requestTrialLicense';
import { setServerBusy } from './setServerBusy';
import { testEmail } from './testEmail';
import { testSiteURL } from './testSiteURL';
import { updateConfig } from './updateConfig';
import { updateMarketplaceVisitedByAdmin } from './updateMarketplaceVisitedByAdmin';
import { upgradeToEnterpriseStatus } from './upgradeToEnterpriseStatus';

export const systemHandlers: TagHandlers<'system'> = {
  GetAnalyticsOld: getAnalyticsOld,
  GetAudits: notImplemented,
  InvalidateCaches: invalidateCaches,
  GetConfig: getConfig,
  UpdateConfig: updateConfig,
  GetClientConfig: getClientConfig,
  GetEnvironmentConfig: notImplemented,
  PatchConfig: patchConfig,
  ReloadConfig: reloadConfig,
  DatabaseRecycle: databaseRecycle,
  TestEmail: testEmail,
  TestS3Connection: notImplemented,
  TestFileStoreConnection: notImplemented,
  GetImageByUrl: notImplemented,
  CheckIntegrity: notImplemented,
  UploadLicenseFile: notImplemented,
  RemoveLicenseFile: removeLicenseFile,
  GetClientLicense: getClientLicense,
  GetLicenseLoadMetric: getLicenseLoadMetric,
  PreviewLicense: notImplemented,
  RequestLicenseRenewalLink: notImplemented,
  GetLogs: getLogs,
  PostLog: postLog,
  QueryLogs: notImplemented,
  AcknowledgeNotification: notImplemented,
  TestNotification: notImplemented,
  GetOpenApiSpec: getOpenApiSpec,
  UpdateMarketplaceVisitedByAdmin: updateMarketplaceVisitedByAdmin,
  GetRedirectLocation: notImplemented,
  RestartServer: notImplemented,
  GetServerBusyExpires: getServerBusyExpires,
  SetServerBusy: setServerBusy,
  ClearServerBusy: clearServerBusy,
  TestSiteURL: testSiteURL,
  MarkNoticesViewed: markNoticesViewed,
  GetNotices: getNotices,
  GetFirstAdminSetupComplete: getFirstAdminSetupComplete,
  CompleteOnboarding: completeOnboarding,
  GetPing: getPing,
  GetAppliedSchemaMigrations: notImplemented,
  GenerateSupportPacket: generateSupportPacket,
  GetSupportedTimezone: getSupportedTimezone,
  RequestTrialLicense: requestTrialLicense,
  GetPrevTrialLicense: getPrevTrialLicense,
  UpgradeToEnterprise: notImplemented,
  IsAllowedToUpgradeToEnterprise: notImplemented,
  UpgradeToEnterpriseStatus: upgradeToEnterpriseStatus,
  SendWarnMetricAck: notImplemented,
  GetWarnMetricsStatus: notImplemented,
  SendTrialLicenseWarnMetricAck: notImplemented,
};
