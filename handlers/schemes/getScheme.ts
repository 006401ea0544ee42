import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission sysconsole_read_user_management_permissions, then licence refusal. */
export const getScheme: Handler<'GetScheme'> = async (ctx) => refuse(ctx, perm('sysconsole_read_user_management_permissions'), fail(LicenceErrors.schemeNotFound));
