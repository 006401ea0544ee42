import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { ADD_SAML_PUBLIC_CERT } from '../../server/permissions/permissionIds';
import { readCertificate } from '../../app/licensing/certificateForm';
import { addCertificate } from '../../app/licensing/certificates';

/** POST /saml/certificate/public (multipart `certificate`): add_saml_public_cert, the form, then the file is stored and named in the configuration. */
export const uploadSamlPublicCertificate: Handler<'UploadSamlPublicCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, ADD_SAML_PUBLIC_CERT);
  const data = await readCertificate(ctx.server, ctx.hono, { parse: 'api.admin.add_certificate.no_file.app_error' });
  await addCertificate(ctx.server, 'samlPublic', data);
  return ctx.json(200, { status: 'OK' } as never);
};
