/** Request checks shared by the shared-channel and secure-connection endpoints. */
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

/** Mattermost's RequireRemoteId: the remote id path parameter must be a valid id. */
export function requireRemoteId(raw: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam('remote_id');
  return raw;
}
