import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const jobsHandlers: TagHandlers<'jobs'> = {
  GetJobs: notImplemented,
  CreateJob: notImplemented,
  GetJobsByType: notImplemented,
  GetJob: notImplemented,
  CancelJob: notImplemented,
  DownloadJob: notImplemented,
  UpdateJobStatus: notImplemented,
};
