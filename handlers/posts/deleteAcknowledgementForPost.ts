import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/** DELETE /users/{user_id}/posts/{post_id}/ack: Team Edition refuses (501), as Mattermost without a Professional licence. */
export const deleteAcknowledgementForPost: Handler<'DeleteAcknowledgementForPost'> = () => {
  throw new AppError('license_error.feature_unavailable', 'This feature is not available with the current license.', 501, 'feature is not available for the current license');
};
