import type { Handler } from '../../server/http/handler';
import { cancelJob as cancelJobApp } from '../../app/jobs/jobs';
import { STATUS_OK } from '../system/ok';
import { requireJobId } from './jobErrors';

export const cancelJob: Handler<'CancelJob'> = async (ctx) => {
  const id = requireJobId((ctx.params as { job_id?: string }).job_id);
  await cancelJobApp(ctx.server, ctx.session, id);
  return ctx.json(200, STATUS_OK as never);
};
