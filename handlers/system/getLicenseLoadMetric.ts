import type { Handler } from '../../server/http/handler';

/** Load is monthly active users per licensed seat; without a licence there are no seats, so 0. */
export const getLicenseLoadMetric: Handler<'GetLicenseLoadMetric'> = async (ctx) => ctx.json(200, { load: 0 } as never);
