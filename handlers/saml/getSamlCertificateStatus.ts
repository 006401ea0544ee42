import type { Handler } from '../../server/http/handler';
import { refuse, perm } from '../../app/licensing/refuse';
import { hasSystemPermission } from '../../server/permissions/authorization';

/** Which SAML files the config names (none are ever uploaded to this server): all false. */
export const getSamlCertificateStatus: Handler<'GetSamlCertificateStatus'> = async (ctx) => {
  if (!hasSystemPermission(ctx.server, ctx.session, 'get_saml_cert_status')) refuse(ctx, perm('get_saml_cert_status'));
  return ctx.json(200, { idp_certificate_file: false, private_key_file: false, public_certificate_file: false } as never);
};
