/**
 * Mattermost's job types and who may read, create or manage them, and the types Team Edition
 * runs workers for (the only ones it lets a client create).
 */
import * as P from '../../server/permissions/permissionIds';

/** model.AllJobTypes (the types GET /jobs?job_type= accepts). */
export const ALL_JOB_TYPES = [
  'data_retention', 'message_export', 'ldap_sync', 'migrations', 'expiry_notify', 'active_users',
  'import_process', 'import_delete', 'export_process', 'export_delete', 'extract_content',
  'last_accessible_post', 'cleanup_desktop_tokens', 'refresh_materialized_views', 'mobile_session_metadata',
] as const;

export const JOB_STATUSES = ['pending', 'in_progress', 'success', 'error', 'cancel_requested', 'canceled', 'warning'] as const;

/** Types whose jobs manage_jobs creates and manages. */
const JOBS_MANAGED_BY_MANAGE_JOBS = [
  'migrations', 'plugins', 'product_notices', 'expiry_notify', 'active_users', 'import_process', 'import_delete',
  'export_process', 'export_delete', 'cloud', 'extract_content',
];
const JOBS_READ_BY_READ_JOBS = [...JOBS_MANAGED_BY_MANAGE_JOBS, 'mobile_session_metadata'];

/**
 * Types a client may create on Team Edition: those with a create permission that Team Edition
 * registers a worker for. Data retention, compliance export, Elasticsearch, LDAP sync, cloud
 * and access control jobs have no worker without a licence (Mattermost: 400 model.job.is_valid.type).
 */
export const TEAM_EDITION_CREATABLE = new Set([
  'migrations', 'plugins', 'product_notices', 'expiry_notify', 'active_users', 'import_process', 'import_delete',
  'export_process', 'export_delete', 'extract_content',
]);

/** The permission creating (and cancelling) jobs of a type needs, or undefined when the API cannot create it. */
export function createJobPermission(type: string): string | undefined {
  switch (type) {
    case 'data_retention':
      return P.CREATE_DATA_RETENTION_JOB;
    case 'message_export':
      return P.CREATE_COMPLIANCE_EXPORT_JOB;
    case 'elasticsearch_post_indexing':
      return P.CREATE_ELASTICSEARCH_POST_INDEXING_JOB;
    case 'elasticsearch_post_aggregation':
      return P.CREATE_ELASTICSEARCH_POST_AGGREGATION_JOB;
    case 'ldap_sync':
      return P.CREATE_LDAP_SYNC_JOB;
    case 'access_control_sync':
      return P.MANAGE_SYSTEM;
    default:
      return JOBS_MANAGED_BY_MANAGE_JOBS.includes(type) ? P.MANAGE_JOBS : undefined;
  }
}

/** The permission changing a job's status needs, or undefined for a type nobody manages through the API. */
export function manageJobPermission(type: string): string | undefined {
  switch (type) {
    case 'data_retention':
      return P.MANAGE_DATA_RETENTION_JOB;
    case 'message_export':
      return P.MANAGE_COMPLIANCE_EXPORT_JOB;
    case 'elasticsearch_post_indexing':
      return P.MANAGE_ELASTICSEARCH_POST_INDEXING_JOB;
    case 'elasticsearch_post_aggregation':
      return P.MANAGE_ELASTICSEARCH_POST_AGGREGATION_JOB;
    case 'ldap_sync':
      return P.MANAGE_LDAP_SYNC_JOB;
    case 'access_control_sync':
      return P.MANAGE_SYSTEM;
    default:
      return JOBS_MANAGED_BY_MANAGE_JOBS.includes(type) ? P.MANAGE_JOBS : undefined;
  }
}

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
    case 'access_control_sync':
      return P.MANAGE_SYSTEM;
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
