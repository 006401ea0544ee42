import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { ADD_LDAP_PUBLIC_CERT } from '../../server/permissions/permissionIds';
import { readCertificate } from '../../app/licensing/certificateForm';
import { addCertificate } from '../../app/licensing/certificates';

/** POST /ldap/certificate/public (multipart `certificate`): add_ldap_public_cert, the form, then the file is stored and named in the configuration. */
export const uploadLdapPublicCertificate: Handler<'UploadLdapPublicCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, ADD_LDAP_PUBLIC_CERT);
  const data = await readCertificate(ctx.server, ctx.hono, { parse: 'api.admin.add_certificate.parseform.app_error' });
  await addCertificate(ctx.server, 'ldapPublic', data);
  return ctx.json(200, { status: 'OK' } as never);
};
