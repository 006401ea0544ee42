/**
 * POST /license and /license/preview on Team Edition. The caller's permission is checked
 * first, then the multipart form (file field `license`) is read as Mattermost reads it. This
 * server has no licence validator or Enterprise build, so no file is ever a licence it can
 * take: every well-formed upload is refused as an invalid licence file, never stored.
 */
import type { Context } from 'hono';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { FormTooLarge, hasBoundary, isMultipart, readSmallForm, type SmallForm } from '../files/multipart';

const parseForm = (detail = '') =>
  new AppError('api.license.parse_license.parse_form.app_error', 'Unable to parse the licence upload form.', 400, detail);

/** The uploaded licence file's bytes (Mattermost's parseLicenseFileFromRequest). */
export async function readLicenceFile(server: ServerContext, hono: Context): Promise<Buffer> {
  const contentType = hono.req.header('content-type') ?? '';
  if (!isMultipart(contentType) || !hasBoundary(contentType)) throw parseForm('request Content-Type is not multipart/form-data');
  let form: SmallForm;
  try {
    form = await readSmallForm(hono.req.raw.body, contentType, server.config.get().FileSettings.MaxFileSize);
  } catch (err) {
    throw parseForm(err instanceof FormTooLarge ? 'form larger than MaxFileSize' : String((err as Error)?.message ?? err));
  }
  const files = form.files.license;
  if (!files) throw new AppError('api.license.add_license.no_file.app_error', 'No licence file in the request.', 400);
  if (files.length === 0) throw new AppError('api.license.add_license.array.app_error', "Empty array under 'license' in the request.", 400);
  return files[0].data;
}

/** Mattermost's LicenseFromBytes on a build that can validate no licence. */
export function licenceFromBytes(_bytes: Buffer): never {
  throw new AppError('api.license.add_license.invalid.app_error', 'Invalid license file.', 400);
}
