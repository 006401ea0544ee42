import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

export { jobNotFound } from '../../app/jobs/jobs';
export const noReadPermission = () => new AppError('api.job.retrieve.nopermissions', 'The job type of a job you are trying to retrieve does not contain permissions', 400);

export function requireJobId(raw: unknown): string {
  const id = String(raw ?? '');
  if (!isValidId(id)) throw Errors.invalidUrlParam('job_id');
  return id;
}
