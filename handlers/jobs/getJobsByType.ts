import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { readJobPermission } from '../../app/jobs/jobTypes';
import { noReadPermission } from './jobErrors';
import { readPaging } from '../../app/teams/paging';
import { listJobs } from '../../db/queries/jobs';
import { toApiJob } from '../../app/jobs/jobs';

export const getJobsByType: Handler<'GetJobsByType'> = async (ctx) => {
  const type = String((ctx.params as { type?: string }).type ?? '');
  if (type === '' || type.length > 32) throw Errors.invalidUrlParam('job_type');
  const permission = readJobPermission(type);
  if (!permission) throw noReadPermission();
  if (!hasSystemPermission(ctx.server, ctx.session, permission)) throw Errors.permission(permission);
  const { perPage, offset } = readPaging(ctx.query as { page?: unknown; per_page?: unknown });
  const rows = await listJobs(ctx.server.db, { types: [type], offset, limit: perPage });
  return ctx.json(200, rows.map(toApiJob) as never);
};
