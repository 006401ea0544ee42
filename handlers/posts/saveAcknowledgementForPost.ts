import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/**
 * POST /users/{user_id}/posts/{post_id}/ack: acknowledgements need a Professional licence;
 * Mattermost's Team Edition answers 501 before looking at the request.
 */
export const saveAcknowledgementForPost: Handler<'SaveAcknowledgementForPost'> = () => {
  throw new AppError('<untranslated>', 'feature is not available for the current license', 501, 'feature is not available for the current license');
};
