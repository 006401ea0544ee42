import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission sysconsole_write_user_management_groups, then licence refusal. */
export const linkLdapGroup: Handler<'LinkLdapGroup'> = async (ctx) => refuse(ctx, perm('sysconsole_write_user_management_groups'), fail(LicenceErrors.ldapGroups));
