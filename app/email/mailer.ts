/**
 * Outgoing mail over SMTP, configured by EmailSettings as Mattermost's: SMTPServer and
 * SMTPPort, ConnectionSecurity ('' plain, 'TLS' implicit TLS, 'STARTTLS'), EnableSMTPAuth with
 * SMTPUsername / SMTPPassword, SMTPServerTimeout (seconds), FeedbackName <FeedbackEmail> as
 * the sender and ReplyToAddress as Reply-To.
 */
import nodemailer from 'nodemailer';
import type { MattermostConfig } from '../../server/config';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
}

export type MailSender = (config: MattermostConfig, mail: OutgoingMail) => Promise<void>;

function transportOptions(config: MattermostConfig) {
  const s = config.EmailSettings;
  const security = s.ConnectionSecurity.toUpperCase();
  const timeout = Math.max(1, s.SMTPServerTimeout || 10) * 1000;
  return {
    host: s.SMTPServer || 'localhost',
    port: Number(s.SMTPPort) || 25,
    secure: security === 'TLS',
    requireTLS: security === 'STARTTLS',
    ignoreTLS: security === '',
    auth: s.EnableSMTPAuth ? { user: s.SMTPUsername, pass: s.SMTPPassword } : undefined,
    tls: { rejectUnauthorized: !s.SkipServerCertificateVerification },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  };
}

function senderAddress(config: MattermostConfig): string {
  const { FeedbackName, FeedbackEmail } = config.EmailSettings;
  if (!FeedbackName) return FeedbackEmail;
  return `"${FeedbackName.replace(/["\\]/g, '')}" <${FeedbackEmail}>`;
}

const smtpSender: MailSender = async (config, mail) => {
  const transport = nodemailer.createTransport(transportOptions(config));
  try {
    await transport.sendMail({
      from: senderAddress(config),
      replyTo: config.EmailSettings.ReplyToAddress || undefined,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
    });
  } finally {
    transport.close();
  }
};

let sender: MailSender = smtpSender;

/** Sends one mail; rejects when the SMTP server cannot be reached or refuses it. */
export function sendMail(config: MattermostConfig, mail: OutgoingMail): Promise<void> {
  return sender(config, mail);
}

/** Replaces the transport (for tools that must not touch the network); returns the previous one. */
export function setMailSender(next: MailSender): MailSender {
  const previous = sender;
  sender = next;
  return previous;
}
