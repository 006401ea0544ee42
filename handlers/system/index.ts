import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getClientConfig } from './getClientConfig';
import { getClientLicense } from './getClientLicense';
import { getConfig } from './getConfig';
import { getOpenApiSpec } from './getOpenApiSpec';
import { getPing } from './getPing';
import { patchConfig } from './patchConfig';
import { reloadConfig } from './reloadConfig';
import { updateConfig } from './updateConfig';

export const systemHandlers: TagHandlers<'system'> = {
  GetAnalyticsOld: notImplemented,
  GetAudits: notImplemented,
  InvalidateCaches: notImplemented,
  GetConfig: getConfig,
  UpdateConfig: updateConfig,
  GetClientConfig: getClientConfig,
  GetEnvironmentConfig: notImplemented,
  PatchConfig: patchConfig,
  ReloadConfig: reloadConfig,
  DatabaseRecycle: notImplemented,
  TestEmail: notImplemented,
  TestS3Connection: notImplemented,
  TestFileStoreConnection: notImplemented,
  GetImageByUrl: notImplemented,
  CheckIntegrity: notImplemented,
  UploadLicenseFile: notImplemented,
  RemoveLicenseFile: notImplemented,
  GetClientLicense: getClientLicense,
  GetLicenseLoadMetric: notImplemented,
  PreviewLicense: notImplemented,
  RequestLicenseRenewalLink: notImplemented,
  GetLogs: notImplemented,
  PostLog: notImplemented,
  QueryLogs: notImplemented,
  AcknowledgeNotification: notImplemented,
  TestNotification: notImplemented,
  GetOpenApiSpec: getOpenApiSpec,
  UpdateMarketplaceVisitedByAdmin: notImplemented,
  GetRedirectLocation: notImplemented,
  RestartServer: notImplemented,
  GetServerBusyExpires: notImplemented,
  SetServerBusy: notImplemented,
  ClearServerBusy: notImplemented,
  TestSiteURL: notImplemented,
  MarkNoticesViewed: notImplemented,
  GetNotices: notImplemented,
  GetFirstAdminSetupComplete: notImplemented,
  CompleteOnboarding: notImplemented,
  GetPing: getPing,
  GetAppliedSchemaMigrations: notImplemented,
  GenerateSupportPacket: notImplemented,
  GetSupportedTimezone: notImplemented,
  RequestTrialLicense: notImplemented,
  GetPrevTrialLicense: notImplemented,
  UpgradeToEnterprise: notImplemented,
  IsAllowedToUpgradeToEnterprise: notImplemented,
  UpgradeToEnterpriseStatus: notImplemented,
  SendWarnMetricAck: notImplemented,
  GetWarnMetricsStatus: notImplemented,
  SendTrialLicenseWarnMetricAck: notImplemented,
};
