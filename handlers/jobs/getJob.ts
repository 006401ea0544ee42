import type { Handler } from '../../server/http/handler';
import { jobNotFound, requireJobId } from './jobErrors';

/** No job is ever stored here: a well-formed id is not found. */
export const getJob: Handler<'GetJob'> = async (ctx) => {
  requireJobId((ctx.params as { job_id?: string }).job_id);
  throw jobNotFound();
};
