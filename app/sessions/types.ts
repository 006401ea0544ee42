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
