import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { SYSCONSOLE_WRITE_EXPERIMENTAL_FEATURES } from '../../server/permissions/permissionIds';
import { removeCertificate } from '../../app/licensing/certificates';

/** DELETE /audit_logs/certificate: sysconsole_write_experimental_features, then the stored file goes and the configuration stops naming it. */
export const removeAuditLogCertificate: Handler<'RemoveAuditLogCertificate'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_WRITE_EXPERIMENTAL_FEATURES);
  await removeCertificate(ctx.server, 'audit');
  return ctx.json(200, { status: 'OK' } as never);
};
