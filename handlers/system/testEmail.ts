import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { TEST_EMAIL } from '../../server/permissions/permissionIds';
import { getUserById } from '../../db/queries/users';
import { sendMail } from '../../app/email';
import type { MattermostConfig } from '../../server/config';
import { FAKE_SETTING } from '../../server/config/sanitize';
import { STATUS_OK } from './ok';

/**
 * POST /email/test: sends a test mail to the caller through the posted EmailSettings (or the
 * current ones when the body is not a configuration). A posted EmailSettings that lacks any
 * setting is refused first, as Mattermost refuses nil fields.
 */
export const testEmail: Handler<'TestEmail'> = async (ctx) => {
  const current = ctx.server.config.get();
  const body = ctx.body as unknown;
  let cfg: MattermostConfig = current;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const posted = (body as Record<string, unknown>).EmailSettings;
    const email = posted && typeof posted === 'object' && !Array.isArray(posted) ? (posted as Record<string, unknown>) : {};
    const missing = Object.keys(current.EmailSettings).some((k) => email[k] === undefined || email[k] === null);
    if (missing) {
      throw new AppError('api.file.test_connection_email_settings_nil.app_error', 'Email settings has unset values.', 400);
    }
    cfg = { ...current, EmailSettings: { ...current.EmailSettings, ...(email as object) } as MattermostConfig['EmailSettings'] };
  }
  requireSystemPermission(ctx.server, ctx.session, TEST_EMAIL);
  if (!cfg.EmailSettings.SMTPServer) {
    throw new AppError('api.admin.test_email.missing_server', 'SMTP Server is required', 400, 'Invalid or missing SMTPServer parameter in request body.');
  }
  if (cfg.EmailSettings.SMTPPassword === FAKE_SETTING) {
    cfg = { ...cfg, EmailSettings: { ...cfg.EmailSettings, SMTPPassword: current.EmailSettings.SMTPPassword } };
  }
  const user = await getUserById(ctx.server.db, ctx.session.user_id);
  if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  try {
    await sendMail(cfg, {
      to: user.email,
      subject: 'Mattermost - Testing Email Settings',
      text: 'It appears your Mattermost email is setup correctly!',
      html: '<p>It appears your Mattermost email is setup correctly!</p>',
    });
  } catch (err) {
    throw new AppError(
      'app.admin.test_email.failure',
      `Connection unsuccessful: ${(err as Error)?.message ?? String(err)}`,
      500,
      '',
      { Error: (err as Error)?.message ?? String(err) },
    );
  }
  return ctx.json(200, STATUS_OK as never);
};
