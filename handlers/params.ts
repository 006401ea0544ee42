import type { Session } from '../app/sessions/types';
import { Errors } from '../server/http/appError';
import { isValidId } from '../server/ids';

/** A user id path parameter, with `me` standing for the session's user (as in Mattermost). */
export function resolveUserId(raw: string, session: Session | null, name = 'user_id'): string {
  const id = raw === 'me' && session ? session.user_id : raw;
  if (!isValidId(id)) throw Errors.invalidUrlParam(name);
  return id;
}
