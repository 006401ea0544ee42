import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** GET /cloud/subscription: Team Edition has no CWS interface (400), for every caller. */
export const getSubscription: Handler<'GetSubscription'> = async (ctx) => refuse(ctx, fail(LicenceErrors.cloud));
