import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { acknowledgeNotification } from './acknowledgeNotification';
import { checkIntegrity } from './checkIntegrity';
import { clearServerBusy } from './clearServerBusy';
import { completeOnboarding } from './completeOnboarding';
import { databaseRecycle } from './databaseRecycle';
import { generateSupportPacket } from './generateSupportPacket';
import { getAnalyticsOld } from './getAnalyticsOld';
import { getAppliedSchemaMigrations } from './getAppliedSchemaMigrations';
import { getAudits } from './getAudits';
import { getClientConfig } from './getClientConfig';
import { getClientLicense } from './getClientLicense';
import { getConfig } from './getConfig';
import { getEnvironmentConfig } from './getEnvironmentConfig';
import { getFirstAdminSetupComplete } from './getFirstAdminSetupComplete';
import { getImageByUrl } from './getImageByUrl';
import { getLicenseLoadMetric } from './getLicenseLoadMetric';
import { getLogs } from './getLogs';
import { getNotices } from './getNotices';
import { getOpenApiSpec } from './getOpenApiSpec';
import { getPing } from './getPing';
import { getPrevTrialLicense } from './getPrevTrialLicense';
import { getRedirectLocation } from './getRedirectLocation';
import { getServerBusyExpires } from './getServerBusyExpires';
import { getSupportedTimezone } from './getSupportedTimezone';
import { getWarnMetricsStatus } from './getWarnMetricsStatus';
import { invalidateCaches } from './invalidateCaches';
import { isAllowedToUpgradeToEnterprise } from './isAllowedToUpgradeToEnterprise';
import { markNoticesViewed } from './markNoticesViewed';
import { patchConfig } from './patchConfig';
import { postLog } from './postLog';
import { previewLicense } from './previewLicense';
import { queryLogs } from './queryLogs';
import { reloadConfig } from './reloadConfig';
import { removeLicenseFile } from './removeLicenseFile';
import { requestLicenseRenewalLink } from './requestLicenseRenewalLink';
import { requestTrialLicense } from './requestTrialLicense';
import { restartServer } from './restartServer';
import { sendTrialLicenseWarnMetricAck } from './sendTrialLicenseWarnMetricAck';
import { sendWarnMetricAck } from './sendWarnMetricAck';
import { setServerBusy } from './setServerBusy';
import { testEmail } from './testEmail';
import { testFileStoreConnection } from './testFileStoreConnection';
import { testNotification } from './testNotification';
import { testS3Connection } from './testS3Connection';
import { testSiteURL } from './testSiteURL';
import { updateConfig } from './updateConfig';
import { updateMarketplaceVisitedByAdmin } from './updateMarketplaceVisitedByAdmin';
import { upgradeToEnterprise } from './upgradeToEnterprise';
import { upgradeToEnterpriseStatus } from './upgradeToEnterpriseStatus';
import { uploadLicenseFile } from './uploadLicenseFile';

export const systemHandlers: TagHandlers<'system'> = {
  GetAnalyticsOld: getAnalyticsOld,
  GetAudits: getAudits,
  InvalidateCaches: invalidateCaches,
  GetConfig: getConfig,
  UpdateConfig: updateConfig,
  GetClientConfig: getClientConfig,
  GetEnvironmentConfig: getEnvironmentConfig,
  PatchConfig: patchConfig,
  ReloadConfig: reloadConfig,
  DatabaseRecycle: databaseRecycle,
  TestEmail: testEmail,
  TestS3Connection: testS3Connection,
  TestFileStoreConnection: testFileStoreConnection,
  GetImageByUrl: getImageByUrl,
  CheckIntegrity: checkIntegrity,
  UploadLicenseFile: uploadLicenseFile,
  RemoveLicenseFile: removeLicenseFile,
  GetClientLicense: getClientLicense,
  GetLicenseLoadMetric: getLicenseLoadMetric,
  PreviewLicense: previewLicense,
  RequestLicenseRenewalLink: requestLicenseRenewalLink,
  GetLogs: getLogs,
  PostLog: postLog,
  QueryLogs: queryLogs,
  AcknowledgeNotification: acknowledgeNotification,
  TestNotification: testNotification,
  GetOpenApiSpec: getOpenApiSpec,
  UpdateMarketplaceVisitedByAdmin: updateMarketplaceVisitedByAdmin,
  GetRedirectLocation: getRedirectLocation,
  RestartServer: restartServer,
  GetServerBusyExpires: getServerBusyExpires,
  SetServerBusy: setServerBusy,
  ClearServerBusy: clearServerBusy,
  TestSiteURL: testSiteURL,
  MarkNoticesViewed: markNoticesViewed,
  GetNotices: getNotices,
  GetFirstAdminSetupComplete: getFirstAdminSetupComplete,
  CompleteOnboarding: completeOnboarding,
  GetPing: getPing,
  GetAppliedSchemaMigrations: getAppliedSchemaMigrations,
  GenerateSupportPacket: generateSupportPacket,
  GetSupportedTimezone: getSupportedTimezone,
  RequestTrialLicense: requestTrialLicense,
  GetPrevTrialLicense: getPrevTrialLicense,
  UpgradeToEnterprise: upgradeToEnterprise,
  IsAllowedToUpgradeToEnterprise: isAllowedToUpgradeToEnterprise,
  UpgradeToEnterpriseStatus: upgradeToEnterpriseStatus,
  SendWarnMetricAck: sendWarnMetricAck,
  GetWarnMetricsStatus: getWarnMetricsStatus,
  SendTrialLicenseWarnMetricAck: sendTrialLicenseWarnMetricAck,
};
