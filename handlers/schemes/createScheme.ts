import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: licence refusal. */
export const createScheme: Handler<'CreateScheme'> = async (ctx) => refuse(ctx, fail(LicenceErrors.createScheme));
