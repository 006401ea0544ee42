/**
 * The mails of the users area and the team invitation mail (for the teams area), each sent
 * through the configured SMTP server. Links point at the web app's pages on the site URL.
 */
import type { MattermostConfig } from '../../server/config';
import { sendMail } from './mailer';
import { noticeMail, passwordResetMail, teamInviteMail, verifyEmailMail } from './templates';

export { sendMail, setMailSender, type MailSender, type OutgoingMail } from './mailer';

/** ServiceSettings.SiteURL without a trailing slash, else the URL the request came in on. */
export function siteUrl(config: MattermostConfig, requestUrl?: string): string {
  const configured = config.ServiceSettings.SiteURL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  if (!requestUrl) return '';
  const url = new URL(requestUrl);
  return `${url.protocol}//${url.host}`;
}

export function sendPasswordResetEmail(config: MattermostConfig, to: string, token: string, site: string): Promise<void> {
  const link = `${site}/reset_password_complete?token=${encodeURIComponent(token)}`;
  return sendMail(config, passwordResetMail(config, to, link));
}

export function sendVerifyEmail(config: MattermostConfig, to: string, token: string, site: string, opts: { redirect?: string; changingAddress?: boolean } = {}): Promise<void> {
  let link = `${site}/do_verify_email?token=${encodeURIComponent(token)}&email=${encodeURIComponent(to)}`;
  if (opts.redirect) link += `&redirect_to=${encodeURIComponent(opts.redirect)}`;
  return sendMail(config, verifyEmailMail(config, to, link, opts.changingAddress ?? false));
}

export interface TeamInviteEmail {
  to: string;
  senderName: string;
  teamId: string;
  teamName: string;
  teamDisplayName: string;
  /** the single-use token of type team_invitation (or guest_invitation) */
  token: string;
  siteUrl: string;
}

/** A team invitation: the link opens the web app's sign-up page with the invitation token. */
export function sendTeamInviteEmail(config: MattermostConfig, invite: TeamInviteEmail): Promise<void> {
  const data = JSON.stringify({ display_name: invite.teamDisplayName, name: invite.teamName, id: invite.teamId, email: invite.to });
  const link = `${invite.siteUrl}/signup_user_complete/?d=${encodeURIComponent(data)}&t=${encodeURIComponent(invite.token)}`;
  return sendMail(config, teamInviteMail(config, invite.to, invite.senderName, invite.teamDisplayName, link));
}

/** A short notice (password changed, MFA changed...): failures are logged, never surfaced. */
export function sendNoticeInBackground(config: MattermostConfig, to: string, subject: string, message: string): void {
  if (!config.EmailSettings.SendEmailNotifications) return;
  void sendMail(config, noticeMail(config, to, subject, message)).catch(() => {});
}
