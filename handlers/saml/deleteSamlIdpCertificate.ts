import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { REMOVE_SAML_IDP_CERT } from '../../server/permissions/permissionIds';
import { removeCertificate } from '../../app/licensing/certificates';

/** DELETE /saml/certificate/idp (also turns SAML off): remove_saml_idp_cert, then the stored file goes and the configuration stops naming it. */
export const deleteSamlIdpCertificate: Handler<'DeleteSamlIdpCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, REMOVE_SAML_IDP_CERT);
  await removeCertificate(ctx.server, 'samlIdp');
  return ctx.json(200, { status: 'OK' } as never);
};
