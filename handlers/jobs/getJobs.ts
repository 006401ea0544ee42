import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { ALL_JOB_TYPES, isValidJobStatus, isValidJobType, readJobPermission } from '../../app/jobs/jobTypes';
import { noReadPermission } from './jobErrors';

/** GET /jobs: jobs of every type the caller may read (none are kept here, so an empty page). */
export const getJobs: Handler<'GetJobs'> = async (ctx) => {
  const jobType = ctx.hono.req.query('job_type') ?? '';
  const readable: string[] = [];
  if (jobType !== '') {
    if (!isValidJobType(jobType)) throw Errors.invalidUrlParam('job_type');
    const permission = readJobPermission(jobType);
    if (!permission) throw noReadPermission();
    if (!hasSystemPermission(ctx.server, ctx.session, permission)) throw Errors.permission(permission);
    readable.push(jobType);
  } else {
    for (const type of ALL_JOB_TYPES) {
      const permission = readJobPermission(type);
      if (permission && hasSystemPermission(ctx.server, ctx.session, permission)) readable.push(type);
    }
  }
  if (readable.length === 0) throw Errors.permission();
  const status = ctx.hono.req.query('status') ?? '';
  if (status !== '' && !isValidJobStatus(status)) throw new AppError('api.job.status.invalid', 'Invalid job status.', 400);
  return ctx.json(200, [] as never);
};
