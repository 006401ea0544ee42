import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { SYSCONSOLE_WRITE_EXPERIMENTAL_FEATURES } from '../../server/permissions/permissionIds';
import { readCertificate } from '../../app/licensing/certificateForm';
import { addCertificate } from '../../app/licensing/certificates';

/** POST /audit_logs/certificate (multipart `certificate`): sysconsole_write_experimental_features, the form, then the file is stored and named in the configuration. */
export const addAuditLogCertificate: Handler<'AddAuditLogCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_WRITE_EXPERIMENTAL_FEATURES);
  const data = await readCertificate(ctx.server, ctx.hono, { parse: 'api.admin.add_certificate.no_file.app_error', single: true });
  await addCertificate(ctx.server, 'audit', data);
  return ctx.json(200, { status: 'OK' } as never);
};
