import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createComplianceReport } from './createComplianceReport';
import { downloadComplianceReport } from './downloadComplianceReport';
import { getComplianceReport } from './getComplianceReport';
import { getComplianceReports } from './getComplianceReports';

export const complianceHandlers: TagHandlers<'compliance'> = {
  GetComplianceReports: getComplianceReports,
  CreateComplianceReport: createComplianceReport,
  GetComplianceReport: getComplianceReport,
  DownloadComplianceReport: downloadComplianceReport,
};
