/** A user as Mattermost serialises it (secrets never included). */
export interface ApiUser {
  id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  username: string;
  auth_data: string;
  auth_service: string;
  email: string;
  email_verified: boolean;
  nickname: string;
  first_name: string;
  last_name: string;
  position: string;
  roles: string;
  props: Record<string, string>;
  notify_props: Record<string, string>;
  last_password_update: number;
  last_picture_update: number;
  failed_attempts: number;
  locale: string;
  timezone: Record<string, string>;
  mfa_active: boolean;
  last_activity_at: number;
  is_bot: boolean;
  bot_description: string;
  disable_welcome_email: boolean;
}
