import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const metricsHandlers: TagHandlers<'metrics'> = {
  SubmitPerformanceReport: notImplemented,
};
