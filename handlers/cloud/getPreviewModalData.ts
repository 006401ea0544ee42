import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/**
 * GET /cloud/preview/modal_data: the content of the cloud preview modal, fetched from
 * CloudSettings.PreviewModalBucketURL; this server has no such setting, so it is never
 * configured (404, as Mattermost answers with the setting empty).
 */
export const getPreviewModalData: Handler<'GetPreviewModalData'> = async () => {
  throw new AppError('app.cloud.preview_modal_bucket_url_not_configured', 'The preview modal bucket URL is not configured.', 404);
};
