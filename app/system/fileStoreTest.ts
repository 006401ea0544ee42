/**
 * POST /file/test and its older name /file/s3_test: checks that a file store can be written.
 * The body may carry a whole configuration whose FileSettings are tried instead of the running
 * ones; a FileSettings section with any setting missing is refused first, and the masked
 * secret key stands for the stored one.
 */
import { resolve } from 'node:path';
import type { ServerContext } from '../../server/context';
import { FAKE_SETTING, type MattermostConfig } from '../../server/config';
import { AppError } from '../../server/http/appError';
import { backendFor, DEFAULT_DIRECTORY } from '../../server/storage';

type FileSettings = MattermostConfig['FileSettings'];

export const nilFileSettings = () =>
  new AppError('api.file.test_connection_s3_settings_nil.app_error', 'File storage settings have unset values.', 400);

/** The FileSettings to test: the posted ones when the body is a configuration, else the running ones. */
export function fileSettingsToTest(server: ServerContext, body: unknown): FileSettings {
  const current = server.config.get().FileSettings;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return current;
  const posted = (body as Record<string, unknown>).FileSettings;
  const fs = posted && typeof posted === 'object' && !Array.isArray(posted) ? (posted as Record<string, unknown>) : {};
  const missing = Object.keys(current).some((k) => fs[k] === undefined || fs[k] === null);
  if (missing) throw nilFileSettings();
  const merged = { ...current, ...fs } as FileSettings;
  if (merged.AmazonS3SecretAccessKey === FAKE_SETTING) merged.AmazonS3SecretAccessKey = current.AmazonS3SecretAccessKey;
  return merged;
}

function s3Failure(err: unknown): AppError {
  const e = err as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number }; message?: string };
  const status = e?.$metadata?.httpStatusCode;
  const name = e?.name ?? e?.Code ?? '';
  const detail = e?.message ?? String(err);
  if (status === 403 || /InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied|Forbidden/.test(name)) {
    return new AppError('api.file.test_connection_s3_auth.app_error', 'Unable to connect to S3: check the access key and secret.', 500, detail);
  }
  if (status === 404 || /NoSuchBucket|NotFound/.test(name)) {
    return new AppError('api.file.test_connection_s3_bucket_does_not_exist.app_error', 'The S3 bucket does not exist.', 500, detail);
  }
  return new AppError('api.file.test_connection.app_error', 'Unable to access the file storage.', 500, detail);
}

/** Writes and removes a probe object in the store the settings name. */
export async function testFileSettings(server: ServerContext, fs: FileSettings): Promise<void> {
  if (fs.DriverName !== 'local' && fs.DriverName !== 'amazons3') {
    // Mattermost answers 500 here; a setting the caller sent is a client mistake, so 400.
    throw new AppError('api.file.no_driver.app_error', 'No file driver selected.', 400);
  }
  if (fs.DriverName === 'amazons3' && !fs.AmazonS3Bucket) {
    throw new AppError('api.admin.test_s3.missing_s3_bucket', 'S3 Bucket is required', 400);
  }
  const running = server.config.get().FileSettings;
  const usesRunning = fs.DriverName === running.DriverName && fs.DriverName !== 'amazons3' && fs.Directory === running.Directory;
  const store = usesRunning ? server.files : backendFor(fs, { defaultDir: resolve(DEFAULT_DIRECTORY) });
  try {
    await store.testConnection();
  } catch (err) {
    throw fs.DriverName === 'amazons3' ? s3Failure(err) : new AppError('api.file.test_connection.app_error', 'Unable to access the file storage.', 500, (err as Error)?.message ?? String(err));
  }
}
