import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { cancelJob } from './cancelJob';
import { createJob } from './createJob';
import { downloadJob } from './downloadJob';
import { getJob } from './getJob';
import { getJobs } from './getJobs';
import { getJobsByType } from './getJobsByType';
import { updateJobStatus } from './updateJobStatus';

export const jobsHandlers: TagHandlers<'jobs'> = {
  GetJobs: getJobs,
  CreateJob: createJob,
  GetJobsByType: getJobsByType,
  GetJob: getJob,
  CancelJob: cancelJob,
  DownloadJob: downloadJob,
  UpdateJobStatus: updateJobStatus,
};
