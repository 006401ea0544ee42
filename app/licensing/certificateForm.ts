/**
 * Reading an uploaded certificate: a multipart form whose `certificate` part is the file,
 * at most FileSettings.MaxFileSize bytes. The error ids differ by area, as in Mattermost.
 */
import type { Context } from 'hono';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { hasBoundary, isMultipart, readSmallForm, type SmallForm } from '../files/multipart';

export interface CertificateFormErrors {
  /** Id when the form cannot be parsed. */
  parse: string;
  /** Whether more than one `certificate` file is refused (audit logging). */
  single?: boolean;
}

const noFile = () => new AppError('api.admin.add_certificate.no_file.app_error', 'No file under \'certificate\' in request.', 400);

export async function readCertificate(server: ServerContext, hono: Context, errors: CertificateFormErrors): Promise<Buffer> {
  const contentType = hono.req.header('content-type') ?? '';
  const parseError = (detail: string) => new AppError(errors.parse, 'Unable to parse the multipart form of the request.', 400, detail);
  if (!isMultipart(contentType) || !hasBoundary(contentType)) throw parseError('request Content-Type is not multipart/form-data');
  let form: SmallForm;
  try {
    form = await readSmallForm(hono.req.raw.body, contentType, server.config.get().FileSettings.MaxFileSize);
  } catch (err) {
    throw parseError(String((err as Error)?.message ?? err));
  }
  const files = form.files.certificate;
  if (!files) throw noFile();
  if (files.length === 0) throw errors.single ? noFile() : new AppError('api.admin.add_certificate.array.app_error', 'Empty array under \'certificate\' in request.', 400);
  if (errors.single && files.length > 1) {
    throw new AppError('api.admin.add_certificate.multiple_files.app_error', 'Only one certificate file may be uploaded.', 400);
  }
  return files[0].data;
}
