import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';

/**
 * GET /teams/{team_id}/channels/managed_categories: Mattermost registers this route only behind
 * the ManagedChannelCategories feature flag, off by default, so the path answers its 404.
 */
export const getManagedCategories: Handler<'GetManagedCategories'> = async () => {
  throw Errors.notFound();
};
