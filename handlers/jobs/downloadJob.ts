import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { jobNotFound, requireJobId } from './jobErrors';

export const downloadJob: Handler<'DownloadJob'> = async (ctx) => {
  requireJobId((ctx.params as { job_id?: string }).job_id);
  if (!ctx.server.config.get().MessageExportSettings.DownloadExportResults) {
    throw new AppError('app.job.download_export_results_not_enabled', 'DownloadExportResults in config.json is false. Please set this to true to download the results of this job.', 501);
  }
  throw jobNotFound();
};
