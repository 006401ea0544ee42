import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { GET_SAML_METADATA_FROM_IDP } from '../../server/permissions/permissionIds';

/**
 * POST /saml/metadatafromidp (no session needed): get_saml_metadata_from_idp, a
 * `saml_metadata_url`, then the SAML interface, which Team Edition lacks; Mattermost reports
 * that as a failure to get the metadata (400).
 */
export const getSamlMetadataFromIdp: Handler<'GetSamlMetadataFromIdp'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, GET_SAML_METADATA_FROM_IDP);
  const body = ctx.body as { saml_metadata_url?: unknown } | undefined;
  const url = typeof body?.saml_metadata_url === 'string' ? body.saml_metadata_url : '';
  if (url === '') throw Errors.invalidBodyParam('saml_metadata_url');
  throw new AppError(
    'api.admin.saml.failure_get_metadata_from_idp.app_error',
    'Failed to obtain metadata from the Identity Provider URL.',
    400,
    'SAML 2.0 is not configured or supported on this server.',
  );
};
