import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { REMOVE_LDAP_PUBLIC_CERT } from '../../server/permissions/permissionIds';
import { removeCertificate } from '../../app/licensing/certificates';

/** DELETE /ldap/certificate/public: remove_ldap_public_cert, then the stored file goes and the configuration stops naming it. */
export const deleteLdapPublicCertificate: Handler<'DeleteLdapPublicCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, REMOVE_LDAP_PUBLIC_CERT);
  await removeCertificate(ctx.server, 'ldapPublic');
  return ctx.json(200, { status: 'OK' } as never);
};
