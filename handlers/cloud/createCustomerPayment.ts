import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** POST /cloud/payment: Team Edition has no CWS interface (400), checked before sysconsole_write_billing. */
export const createCustomerPayment: Handler<'CreateCustomerPayment'> = async (ctx) => refuse(ctx, fail(LicenceErrors.cloud));
