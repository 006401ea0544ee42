import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { REMOVE_LDAP_PRIVATE_CERT } from '../../server/permissions/permissionIds';
import { removeCertificate } from '../../app/licensing/certificates';

/** DELETE /ldap/certificate/private: remove_ldap_private_cert, then the stored file goes and the configuration stops naming it. */
export const deleteLdapPrivateCertificate: Handler<'DeleteLdapPrivateCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, REMOVE_LDAP_PRIVATE_CERT);
  await removeCertificate(ctx.server, 'ldapPrivate');
  return ctx.json(200, { status: 'OK' } as never);
};
