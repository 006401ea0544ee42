import { X509Certificate } from 'node:crypto';
import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { ADD_SAML_IDP_CERT } from '../../server/permissions/permissionIds';
import { readCertificate } from '../../app/licensing/certificateForm';
import { addCertificate } from '../../app/licensing/certificates';

const contentTypeError = (what: 'missing_content_type' | 'invalid_content_type') =>
  new AppError(`api.admin.saml.set_certificate_from_metadata.${what}.app_error`, 'The request must be multipart/form-data or application/x-pem-file.', 400);

/**
 * POST /saml/certificate/idp: add_saml_idp_cert, then either a multipart `certificate` file
 * or (application/x-pem-file) the base64 body of a certificate taken from IdP metadata, which
 * must parse as X.509 and is stored as PEM.
 */
export const uploadSamlIdpCertificate: Handler<'UploadSamlIdpCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, ADD_SAML_IDP_CERT);
  const header = ctx.hono.req.header('content-type');
  if (!header) throw contentTypeError('missing_content_type');
  const mediaType = header.split(';')[0].trim().toLowerCase();
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(mediaType)) throw contentTypeError('invalid_content_type');
  let data: Buffer;
  if (mediaType === 'application/x-pem-file') {
    data = pemFromMetadata(await ctx.hono.req.text());
  } else if (mediaType === 'multipart/form-data') {
    data = await readCertificate(ctx.server, ctx.hono, { parse: 'api.admin.add_certificate.no_file.app_error' });
  } else {
    throw contentTypeError('invalid_content_type');
  }
  await addCertificate(ctx.server, 'samlIdp', data);
  return ctx.json(200, { status: 'OK' } as never);
};

/** The certificate body of IdP metadata (base64 DER) as a PEM file; 400 when it is not one. */
function pemFromMetadata(body: string): Buffer {
  try {
    const der = Buffer.from(body.replace(/\s+/g, ''), 'base64');
    new X509Certificate(der);
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return Buffer.from(`-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`);
  } catch {
    // Mattermost answers 500 here; a body that is not a certificate is the client's mistake.
    throw new AppError('api.admin.saml.failure_parse_idp_certificate.app_error', 'The IdP certificate could not be parsed.', 400);
  }
}
