/** Mattermost's AppErrors for Enterprise features on a server without a licence. */
import { AppError } from '../../server/http/appError';

export const LicenceErrors = {
  compliance: () =>
    new AppError('ent.compliance.licence_disable.app_error', 'Compliance functionality disabled by current license. Please contact your system administrator about upgrading your enterprise license.', 501),
  elasticsearch: () =>
    new AppError('ent.elasticsearch.test_config.license.error', 'License does not support Elasticsearch.', 501),
  ldapGroups: () =>
    new AppError('api.ldap_groups.license_error', 'your license does not support ldap groups', 501),
  dataRetention: () => dataRetentionLicence(),
  saml: () => samlNotAvailable(),
  /** Team Edition has no cloud (CWS) interface. */
  cloud: () => new AppError('api.server.cws.needs_enterprise_edition', 'Service only available in Mattermost Enterprise edition', 400),
  recaps: () => new AppError('api.recap.disabled.app_error', 'AI recaps are not enabled on this server.', 501),
  /** Mattermost's requireLicense: any licence at all is needed. */
  anyLicence: () => new AppError('api.license_error', 'Your license does not support this feature.', 501),
  createScheme: () => schemeLicence('create'),
  patchScheme: () => schemeLicence('patch'),
  deleteScheme: () => schemeLicence('delete'),
  ipFiltering: () => ipFilteringUnavailable(),
  schemeNotFound: () => schemeNotFound(),
} as const;

export const dataRetentionLicence = () =>
  new AppError('ent.data_retention.generic.license.error', 'License does not support Data Retention.', 501);
export const samlNotAvailable = () =>
  new AppError('api.admin.saml.not_available.app_error', 'SAML 2.0 is not configured or supported on this server.', 501);

export const schemeLicence = (action: 'create' | 'patch' | 'delete') =>
  new AppError(`api.scheme.${action}_scheme.license.error`, `Your license does not support ${action === 'create' ? 'creating' : action === 'patch' ? 'updating' : 'deleting'} permissions schemes`, 501);
export const schemeNotFound = () => new AppError('app.scheme.get.app_error', 'Unable to get the scheme.', 404);
export const ipFilteringUnavailable = () =>
  new AppError('api.context.ip_filtering.not_available.app_error', 'IP Filtering is not available in this workspace.', 501);

/**
 * Attribute-based access control: Team Edition has no Policy Administration Point, so every
 * operation that reaches it answers 501 with the id of the step that needed it.
 */
export const papUnavailable = (id: string) =>
  new AppError(id, 'Attribute-based access control is not available on this server.', 501, 'the policy administration point is not initialized');
export const PapErrors = {
  getPolicy: () => papUnavailable('app.pap.get_policy.app_error'),
  createPolicy: () => papUnavailable('app.pap.create_access_control_policy.app_error'),
  deletePolicy: () => papUnavailable('app.pap.delete_access_control_policy.app_error'),
  checkExpression: () => papUnavailable('app.pap.check_expression.app_error'),
  searchPolicies: () => papUnavailable('app.pap.search_access_control_policies.app_error'),
  visualAst: () => papUnavailable('app.pap.expression_to_visual_ast.app_error'),
  updateActive: () => papUnavailable('app.pap.update_access_control_policies_active.app_error'),
  assign: () => papUnavailable('app.pap.assign_access_control_policy_to_channels.app_error'),
  unassign: () => papUnavailable('app.pap.unassign_access_control_policy_from_channels.app_error'),
  channelAttributes: () => papUnavailable('app.pap.get_channel_access_control_attributes.app_error'),
} as const;

/** A feature behind a feature flag that is off by default (Mattermost answers 501). */
export const featureDisabled = (id: string) => new AppError(id, 'This feature is disabled on this server.', 501);

/** Content flagging needs an Enterprise Advanced licence; checked before anything else. */
export const contentFlaggingLicence = () =>
  new AppError('api.content_flagging.error.license', 'Content flagging is not available with the current license.', 501);

/** Shared channels and secure connections run on the remote cluster service, started only with a licence. */
export const remoteClusterServiceDisabled = () =>
  new AppError('api.remote_cluster.service_not_enabled.app_error', 'The remote cluster service is not enabled.', 501);
