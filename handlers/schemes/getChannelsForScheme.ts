import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission sysconsole_read_user_management_channels, then licence refusal. */
export const getChannelsForScheme: Handler<'GetChannelsForScheme'> = async (ctx) => refuse(ctx, perm('sysconsole_read_user_management_channels'), fail(LicenceErrors.schemeNotFound));
