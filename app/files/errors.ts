/** The AppErrors of the file endpoints, with Mattermost's ids and statuses. */
import { AppError } from '../../server/http/appError';

export const fileInfoNotFound = () => new AppError('app.file_info.get.app_error', 'Unable to get the file info.', 404);

export const fileReaderFailed = (detail = '') =>
  new AppError('api.file.file_reader.app_error', 'Unable to get a file reader.', 404, detail);

export const attachmentsDisabled = (status: number) =>
  new AppError('api.file.attachments.disabled.app_error', 'File attachments have been disabled on this server.', status);

export const readRequestFailed = (detail = '') =>
  new AppError('api.file.upload_file.read_request.app_error', 'Unable to upload file(s). Error reading or parsing request data.', 400, detail);

export const readFormValueFailed = (formname: string, detail = '') =>
  new AppError('api.file.upload_file.read_form_value.app_error', `Unable to upload file(s). Error reading the value for ${formname}.`, 400, detail, {
    Formname: formname,
  });

export const tooLarge = (filename: string, length: number, limit: number) =>
  new AppError(
    'api.file.upload_file.too_large_detailed.app_error',
    `Unable to upload file ${filename}. ${length} bytes exceeds the maximum allowed ${limit} bytes.`,
    413,
    '',
    { Filename: filename, Length: length, Limit: limit },
  );

export const largeImage = (filename: string, width: number, height: number) =>
  new AppError(
    'api.file.upload_file.large_image_detailed.app_error',
    `${filename} dimensions (${width} by ${height} pixels) exceed the limits.`,
    400,
    '',
    { Filename: filename, Width: width, Height: height },
  );

export const multipleChannelIds = () =>
  new AppError('api.file.upload_file.multiple_channel_ids.app_error', 'Unable to upload file(s). Multiple conflicting channel_ids.', 400);

export const incorrectClientIds = (numClientIds: number, numFiles: number) =>
  new AppError(
    'api.file.upload_file.incorrect_number_of_client_ids.app_error',
    `Unable to upload file(s). Have ${numClientIds} client_ids for ${numFiles} files.`,
    400,
    '',
    { NumClientIds: numClientIds, NumFiles: numFiles },
  );

export const noThumbnail = (fileId: string) =>
  new AppError('api.file.get_file_thumbnail.no_thumbnail.app_error', "File doesn't have a thumbnail image.", 400, `file_id=${fileId}`);

export const noPreview = (fileId: string) =>
  new AppError('api.file.get_file_preview.no_preview.app_error', "File doesn't have a preview image.", 400, `file_id=${fileId}`);

export const publicLinkDisabled = () => new AppError('api.file.get_public_link.disabled.app_error', 'Public links have been disabled.', 403);

export const publicLinkNoPost = (fileId: string) =>
  new AppError(
    'api.file.get_public_link.no_post.app_error',
    'Unable to get public link for file. File must be attached to a post that can be read by the current user.',
    400,
    `file_id=${fileId}`,
  );

export const publicLinkInvalid = () => new AppError('api.file.get_file.public_invalid.app_error', 'The public link does not appear to be valid.', 400);

export const rangeNotSatisfiable = (size: number) =>
  new AppError('api.file.range_not_satisfiable.app_error', 'The requested range cannot be served.', 416, `size=${size}`);

export const searchDisabled = (detail: string) =>
  new AppError('store.sql_file_info.search.disabled', 'Searching files has been disabled on this server. Please contact your System Administrator.', 501, detail);
