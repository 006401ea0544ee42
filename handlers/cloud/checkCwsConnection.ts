import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** GET /cloud/check-cws-connection: no session needed; Team Edition has no CWS interface (400), for every caller. */
export const checkCwsConnection: Handler<'CheckCwsConnection'> = async (ctx) => refuse(ctx, fail(LicenceErrors.cloud));
