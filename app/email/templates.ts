/**
 * The mails this server sends, in its own words: password reset, email verification, team
 * invitation and short notices. Each has an HTML and a plain-text body.
 */
import type { MattermostConfig } from '../../server/config';
import type { OutgoingMail } from './mailer';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function siteName(config: MattermostConfig): string {
  return config.TeamSettings.SiteName || 'Mattermost';
}

function layout(config: MattermostConfig, title: string, paragraphs: string[], action?: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('\n');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1c58d9;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 16px;font-size:12px;color:#555">${escapeHtml(action.url)}</p>`
    : '';
  return `<!doctype html>
<html><body style="font-family:Arial,Helvetica,sans-serif;color:#222">
<div style="max-width:560px;margin:0 auto;padding:24px">
<h2 style="margin:0 0 16px">${escapeHtml(title)}</h2>
${body}
${button}
<p style="margin:32px 0 0;font-size:12px;color:#777">${escapeHtml(siteName(config))}</p>
</div></body></html>`;
}

function text(paragraphs: string[], action?: { label: string; url: string }): string {
  return [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : [])].join('\n\n') + '\n';
}

function mail(config: MattermostConfig, to: string, subject: string, title: string, paragraphs: string[], action?: { label: string; url: string }): OutgoingMail {
  return { to, subject: `[${siteName(config)}] ${subject}`, html: layout(config, title, paragraphs, action), text: text(paragraphs, action) };
}

export function passwordResetMail(config: MattermostConfig, to: string, link: string): OutgoingMail {
  return mail(
    config,
    to,
    'Reset your password',
    'Reset your password',
    [
      'Someone asked to reset the password of your account. If it was you, follow the link below to choose a new one.',
      'The link works once and expires in 24 hours. If you did not ask for it, ignore this mail: your password stays as it is.',
    ],
    { label: 'Choose a new password', url: link },
  );
}

export function verifyEmailMail(config: MattermostConfig, to: string, link: string, changingAddress: boolean): OutgoingMail {
  return mail(
    config,
    to,
    changingAddress ? 'Confirm your new email address' : 'Verify your email address',
    changingAddress ? 'Confirm your new email address' : 'Verify your email address',
    [
      changingAddress
        ? 'Your account asked to use this address from now on. Confirm it with the link below.'
        : `Welcome to ${siteName(config)}. Confirm this is your address with the link below.`,
      'The link expires in 24 hours.',
    ],
    { label: 'Verify email', url: link },
  );
}

export function teamInviteMail(config: MattermostConfig, to: string, senderName: string, teamDisplayName: string, link: string): OutgoingMail {
  return mail(
    config,
    to,
    `${senderName} invited you to join ${teamDisplayName}`,
    `Join ${teamDisplayName}`,
    [`${senderName} invited you to join the team ${teamDisplayName}.`, 'The invitation expires in 48 hours.'],
    { label: 'Join the team', url: link },
  );
}

export function noticeMail(config: MattermostConfig, to: string, subject: string, message: string): OutgoingMail {
  return mail(config, to, subject, subject, [message]);
}
