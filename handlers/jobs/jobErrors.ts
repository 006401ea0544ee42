import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

export const jobNotFound = () => new AppError('app.job.get.app_error', 'We couldn\'t get the job.', 404);
export const noReadPermission = () => new AppError('api.job.retrieve.nopermissions', 'The job type of a job you are trying to retrieve does not contain permissions', 400);

export function requireJobId(raw: unknown): string {
  const id = String(raw ?? '');
  if (!isValidId(id)) throw Errors.invalidUrlParam('job_id');
  return id;
}
