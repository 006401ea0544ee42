import type { Handler } from '../../server/http/handler';
import { createJob as createJobApp } from '../../app/jobs/jobs';

/** POST /jobs: a pending job of a type Team Edition runs (see app/jobs/jobs.ts). */
export const createJob: Handler<'CreateJob'> = async (ctx) => {
  const job = await createJobApp(ctx.server, ctx.session, ctx.body);
  return ctx.json(201, job as never);
};
