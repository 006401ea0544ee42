/**
 * The `image` part of a multipart upload, as Mattermost's profile image, team icon and bot icon
 * endpoints read it: refused before reading when Content-Length already exceeds
 * FileSettings.MaxFileSize, a body that is not multipart/form-data with a boundary (or does not
 * parse) is the endpoint's `parse` error, a part over the limit its `too_large` error, and a form
 * without an `image` file its `no_file` error. Each endpoint keeps its own error ids and statuses.
 */
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { FormTooLarge, hasBoundary, isMultipart, readSmallForm, type SmallForm } from '../files/multipart';

export interface ImageUploadErrors {
  tooLarge: () => AppError;
  parse: (detail: string) => AppError;
  noFile: () => AppError;
}

function declaredLength(request: Request): number | undefined {
  const raw = request.headers.get('content-length');
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Reads the uploaded `image` file of the request (within FileSettings.MaxFileSize). */
export async function readImageUpload(server: ServerContext, request: Request, errors: ImageUploadErrors): Promise<Buffer> {
  const limit = server.config.get().FileSettings.MaxFileSize;
  const length = declaredLength(request);
  if (length !== undefined && length > limit) throw errors.tooLarge();
  const contentType = request.headers.get('content-type') ?? '';
  if (!isMultipart(contentType) || !hasBoundary(contentType)) throw errors.parse('request Content-Type is not multipart/form-data');
  let form: SmallForm;
  try {
    form = await readSmallForm(request.body, contentType, limit);
  } catch (err) {
    if (err instanceof FormTooLarge) throw errors.tooLarge();
    throw errors.parse(String((err as Error)?.message ?? err));
  }
  const image = form.files.image?.[0];
  if (!image) throw errors.noFile();
  return image.data;
}

/** The error family of an upload endpoint: `<prefix>.too_large|parse|no_file.app_error`. */
export function uploadErrors(prefix: string, subject: string, tooLargeStatus = 400): ImageUploadErrors {
  return {
    tooLarge: () => new AppError(`${prefix}.too_large.app_error`, `Unable to upload ${subject}. File is too large.`, tooLargeStatus),
    parse: (detail) => new AppError(`${prefix}.parse.app_error`, 'Could not parse multipart form.', 400, detail),
    noFile: () => new AppError(`${prefix}.no_file.app_error`, "No file under 'image' in request.", 400),
  };
}
