import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** POST /ldap/test_connection: the LDAP licence is checked first, for every caller (as /ldap/test). */
export const testLdapConnection: Handler<'TestLdapConnection'> = async (ctx) => refuse(ctx, fail(LicenceErrors.ldapGroups));
