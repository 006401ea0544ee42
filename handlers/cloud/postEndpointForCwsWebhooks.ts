import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';

/**
 * POST /cloud/webhook: authenticated by a CWS key session, which exists only on a Cloud
 * licence; Team Edition answers every caller 401 (with or without X-Cloud-Token).
 */
export const postEndpointForCwsWebhooks: Handler<'PostEndpointForCwsWebhooks'> = async () => {
  throw Errors.sessionExpired('TokenRequired');
};
