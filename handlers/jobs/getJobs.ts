import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { ALL_JOB_TYPES, isValidJobStatus, isValidJobType, readJobPermission } from '../../app/jobs/jobTypes';
import { noReadPermission } from './jobErrors';
import { readPaging } from '../../app/teams/paging';
import { listJobs } from '../../db/queries/jobs';
import { toApiJob } from '../../app/jobs/jobs';

/** GET /jobs: a page of the jobs of every type the caller may read (or of `job_type`), newest first. */
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
  const { perPage, offset } = readPaging(ctx.query as { page?: unknown; per_page?: unknown });
  const rows = await listJobs(ctx.server.db, { types: readable, status: status || undefined, offset, limit: perPage });
  return ctx.json(200, rows.map(toApiJob) as never);
};
