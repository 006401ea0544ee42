import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const complianceHandlers: TagHandlers<'compliance'> = {
  GetComplianceReports: notImplemented,
  CreateComplianceReport: notImplemented,
  GetComplianceReport: notImplemented,
  DownloadComplianceReport: notImplemented,
};
