import type { Handler } from '../../server/http/handler';
import { readJob } from '../../app/jobs/jobs';
import { requireJobId } from './jobErrors';

export const getJob: Handler<'GetJob'> = async (ctx) => {
  const id = requireJobId((ctx.params as { job_id?: string }).job_id);
  return ctx.json(200, (await readJob(ctx.server, ctx.session, id)) as never);
};
