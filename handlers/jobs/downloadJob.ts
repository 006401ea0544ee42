import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { DOWNLOAD_COMPLIANCE_EXPORT_RESULT } from '../../server/permissions/permissionIds';
import { loadJob } from '../../app/jobs/jobs';
import { requireJobId } from './jobErrors';

/**
 * GET /jobs/{id}/download: only compliance export results are downloadable, and Team Edition
 * never has such a job; the checks before that are Mattermost's.
 */
export const downloadJob: Handler<'DownloadJob'> = async (ctx) => {
  const id = requireJobId((ctx.params as { job_id?: string }).job_id);
  if (!ctx.server.config.get().MessageExportSettings.DownloadExportResults) {
    throw new AppError('app.job.download_export_results_not_enabled', 'DownloadExportResults in config.json is false. Please set this to true to download the results of this job.', 501);
  }
  const job = await loadJob(ctx.server, id);
  if (job.type !== 'message_export') {
    throw new AppError('api.job.unable_to_download_job.incorrect_job_type', 'The job type of the job you are trying to download is not currently supported.', 400);
  }
  if (!hasSystemPermission(ctx.server, ctx.session, DOWNLOAD_COMPLIANCE_EXPORT_RESULT)) throw Errors.permission(DOWNLOAD_COMPLIANCE_EXPORT_RESULT);
  throw new AppError('api.job.unable_to_download_job', 'Unable to download this job.', 400);
};
