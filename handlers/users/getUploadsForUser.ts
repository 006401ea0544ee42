import type { Handler } from '../../server/http/handler';
import { getUploadSessionsForUser } from '../../db/queries/uploads';
import { toApiUploadSession } from '../../app/files/uploads';
import { AppError } from '../../server/http/appError';
import { resolveUserId } from '../params';

export const getUploadsForUser: Handler<'GetUploadsForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (userId !== ctx.session.user_id) {
    throw new AppError('api.user.get_uploads_for_user.forbidden.app_error', 'Failed to get uploads.', 403);
  }
  const rows = await getUploadSessionsForUser(ctx.server.db, userId);
  return ctx.json(200, rows.map(toApiUploadSession) as never);
};
