import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { updateJobStatus as updateJobStatusApp } from '../../app/jobs/jobs';
import { STATUS_OK } from '../system/ok';
import { requireJobId } from './jobErrors';

export const updateJobStatus: Handler<'UpdateJobStatus'> = async (ctx) => {
  const id = requireJobId((ctx.params as { job_id?: string }).job_id);
  const body = ctx.body as unknown;
  const props = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (typeof props.status !== 'string') throw Errors.invalidBodyParam('status');
  await updateJobStatusApp(ctx.server, ctx.session, id, props.status, props.force === true);
  return ctx.json(200, STATUS_OK as never);
};
