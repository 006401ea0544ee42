import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { REMOVE_SAML_PUBLIC_CERT } from '../../server/permissions/permissionIds';
import { removeCertificate } from '../../app/licensing/certificates';

/** DELETE /saml/certificate/public (also turns SamlSettings.Encrypt off): remove_saml_public_cert, then the stored file goes and the configuration stops naming it. */
export const deleteSamlPublicCertificate: Handler<'DeleteSamlPublicCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, REMOVE_SAML_PUBLIC_CERT);
  await removeCertificate(ctx.server, 'samlPublic');
  return ctx.json(200, { status: 'OK' } as never);
};
