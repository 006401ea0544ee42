import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { jobNotFound, requireJobId } from './jobErrors';

export const updateJobStatus: Handler<'UpdateJobStatus'> = async (ctx) => {
  requireJobId((ctx.params as { job_id?: string }).job_id);
  const body = ctx.body as unknown;
  const status = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).status : undefined;
  if (typeof status !== 'string') throw Errors.invalidBodyParam('status');
  throw jobNotFound();
};
