import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { REMOVE_SAML_PRIVATE_CERT } from '../../server/permissions/permissionIds';
import { removeCertificate } from '../../app/licensing/certificates';

/** DELETE /saml/certificate/private (also turns SamlSettings.Encrypt off): remove_saml_private_cert, then the stored file goes and the configuration stops naming it. */
export const deleteSamlPrivateCertificate: Handler<'DeleteSamlPrivateCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, REMOVE_SAML_PRIVATE_CERT);
  await removeCertificate(ctx.server, 'samlPrivate');
  return ctx.json(200, { status: 'OK' } as never);
};
