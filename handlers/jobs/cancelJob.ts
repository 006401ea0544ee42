import type { Handler } from '../../server/http/handler';
import { jobNotFound, requireJobId } from './jobErrors';

export const cancelJob: Handler<'CancelJob'> = async (ctx) => {
  requireJobId((ctx.params as { job_id?: string }).job_id);
  throw jobNotFound();
};
