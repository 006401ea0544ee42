import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { addAuditLogCertificate } from './addAuditLogCertificate';
import { removeAuditLogCertificate } from './removeAuditLogCertificate';

export const auditLogsHandlers: TagHandlers<'audit_logs'> = {
  AddAuditLogCertificate: addAuditLogCertificate,
  RemoveAuditLogCertificate: removeAuditLogCertificate,
};
