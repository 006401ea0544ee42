import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { readJobPermission } from '../../app/jobs/jobTypes';
import { noReadPermission } from './jobErrors';

export const getJobsByType: Handler<'GetJobsByType'> = async (ctx) => {
  const type = String((ctx.params as { type?: string }).type ?? '');
  if (type === '' || type.length > 32) throw Errors.invalidUrlParam('job_type');
  const permission = readJobPermission(type);
  if (!permission) throw noReadPermission();
  if (!hasSystemPermission(ctx.server, ctx.session, permission)) throw Errors.permission(permission);
  return ctx.json(200, [] as never);
};
