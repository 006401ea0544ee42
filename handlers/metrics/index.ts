import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { submitPerformanceReport } from './submitPerformanceReport';

export const metricsHandlers: TagHandlers<'metrics'> = {
  SubmitPerformanceReport: submitPerformanceReport,
};
