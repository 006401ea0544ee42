/** A session as Mattermost serialises it. */
export interface Session {
  id: string;
  token: string;
  create_at: number;
  expires_at: number;
  last_activity_at: number;
  user_id: string;
  device_id: string;
  roles: string;
  is_oauth: boolean;
  expired_notify: boolean;
  props: Record<string, string>;
  local: boolean;
}

/** The prop Mattermost keeps a session's CSRF token in. */
export const CSRF_PROP = 'csrf';

/** A stand-in session for permission checks made for a user who is not the caller (webhooks, commands, system posts). */
export function standInSession(user: { id: string; roles: string }): Session {
  return {
    id: '',
    token: '',
    create_at: 0,
    expires_at: 0,
    last_activity_at: 0,
    user_id: user.id,
    device_id: '',
    roles: user.roles,
    is_oauth: false,
    expired_notify: false,
    props: {},
    local: false,
  };
}
