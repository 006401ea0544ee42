import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const auditLogsHandlers: TagHandlers<'audit_logs'> = {
  AddAuditLogCertificate: notImplemented,
  RemoveAuditLogCertificate: notImplemented,
};
