import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { GET_SAML_CERT_STATUS } from '../../server/permissions/permissionIds';
import { certificatePresent } from '../../app/licensing/certificates';

/** Whether each file the SAML settings name is stored (uploaded through /saml/certificate/*). */
export const getSamlCertificateStatus: Handler<'GetSamlCertificateStatus'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, GET_SAML_CERT_STATUS);
  return ctx.json(200, {
    idp_certificate_file: await certificatePresent(ctx.server, 'samlIdp'),
    private_key_file: await certificatePresent(ctx.server, 'samlPrivate'),
    public_certificate_file: await certificatePresent(ctx.server, 'samlPublic'),
  } as never);
};
