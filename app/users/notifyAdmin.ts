/**
 * Mattermost's notify-admin requests (SaveAdminNotification): a user asks the admins to upgrade
 * for a feature; one request per user and feature. The row waits in notify_admin for the
 * (licensed) job that posts them to the admins.
 */
import { getNotifyAdminForUserFeature, insertNotifyAdmin } from '../../db/queries/audits';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { isUniqueViolation } from './createUser';

export interface NotifyAdminRequest {
  trial_notification: boolean;
  required_plan: string;
  required_feature: string;
}

const PLUGIN_FEATURE = 'mattermost.feature.plugin';
const VALID_PLANS = new Set(['professional', 'enterprise']);
const PAID_FEATURES = new Set([
  'mattermost.feature.guest_accounts',
  'mattermost.feature.custom_user_groups',
  'mattermost.feature.create_multiple_teams',
  'mattermost.feature.start_call',
  'mattermost.feature.playbooks_retro',
  'mattermost.feature.unlimited_messages',
  'mattermost.feature.unlimited_file_storage',
  'mattermost.feature.all_professional',
  'mattermost.feature.all_enterprise',
  'mattermost.feature.upgrade_downgraded_workspace',
  'mattermost.feature.highlight_without_notification',
]);

const alreadyNotified = () =>
  new AppError('api.cloud.notify_admin_to_upgrade_error.already_notified', 'You have already notified the admin about this feature.', 403);

/**
 * NotifyAdminData.IsValid: plugin requests name any plan; others a paid plan and a known paid
 * feature. Mattermost wraps the refusal as app.notify_admin.save.app_error with a 500; a bad
 * request is a client mistake, so it is a 400 here (same id, the reason as detailed_error).
 */
function validate(req: NotifyAdminRequest): void {
  if (req.required_feature.startsWith(PLUGIN_FEATURE)) return;
  let reason = '';
  if (!VALID_PLANS.has(req.required_plan)) reason = `Invalid plan, ${req.required_plan} provided`;
  else if (!PAID_FEATURES.has(req.required_feature)) reason = `Invalid feature, ${req.required_feature} provided`;
  if (reason) throw new AppError('app.notify_admin.save.app_error', 'Unable to save the notify admin data.', 400, reason);
}

export async function saveAdminNotification(server: ServerContext, userId: string, req: NotifyAdminRequest): Promise<void> {
  if ((await getNotifyAdminForUserFeature(server.db, userId, req.required_feature)).length > 0) throw alreadyNotified();
  validate(req);
  try {
    await insertNotifyAdmin(server.db, {
      userId,
      createAt: nowMillis(),
      requiredPlan: req.required_plan,
      requiredFeature: req.required_feature,
      trial: req.trial_notification,
      sentAt: null,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyNotified();
    throw err;
  }
}
