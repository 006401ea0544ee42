/**
 * Mattermost's job types and who may read or manage them. This server runs no job workers and
 * keeps no jobs, so listings are empty and lookups find nothing, behind the same checks.
 */
import * as P from '../../server/permissions/permissionIds';

/** model.AllJobTypes (the types GET /jobs?job_type= accepts). */
export const ALL_JOB_TYPES = [
  'data_retention', 'message_export', 'ldap_sync', 'migrations', 'expiry_notify', 'active_users',
  'import_process', 'import_delete', 'export_process', 'export_delete', 'extract_content',
  'last_accessible_post', 'cleanup_desktop_tokens', 'refresh_materialized_views', 'mobile_session_metadata',
] as const;

export const JOB_STATUSES = ['pending', 'in_progress', 'success', 'error', 'cancel_requested', 'canceled', 'warning'] as const;

const JOBS_READ_BY_READ_JOBS = [
  'migrations', 'plugins', 'product_notices', 'expiry_notify', 'active_users', 'import_process', 'import_delete',
  'export_process', 'export_delete', 'cloud', 'extract_content',
];

/** The permission reading jobs of a type needs, or undefined for a type nobody may read through the API. */
export function readJobPermission(type: string): string | undefined {
  switch (type) {
    case 'data_retention':
      return P.READ_DATA_RETENTION_JOB;
    case 'message_export':
      return P.READ_COMPLIANCE_EXPORT_JOB;
    case 'elasticsearch_post_indexing':
      return P.READ_ELASTICSEARCH_POST_INDEXING_JOB;
    case 'elasticsearch_post_aggregation':
      return P.READ_ELASTICSEARCH_POST_AGGREGATION_JOB;
    case 'ldap_sync':
      return P.READ_LDAP_SYNC_JOB;
    default:
      return JOBS_READ_BY_READ_JOBS.includes(type) ? P.READ_JOBS : undefined;
  }
}

export function isValidJobType(type: string): boolean {
  return (ALL_JOB_TYPES as readonly string[]).includes(type);
}

export function isValidJobStatus(status: string): boolean {
  return (JOB_STATUSES as readonly string[]).includes(status);
}
