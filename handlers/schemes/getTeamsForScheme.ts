import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission sysconsole_read_user_management_teams, then licence refusal. */
export const getTeamsForScheme: Handler<'GetTeamsForScheme'> = async (ctx) => refuse(ctx, perm('sysconsole_read_user_management_teams'), fail(LicenceErrors.schemeNotFound));
