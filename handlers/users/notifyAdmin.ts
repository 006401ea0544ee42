import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { saveAdminNotification } from '../../app/users/notifyAdmin';

/** A user's request that the admins upgrade for a feature: `{trial_notification, required_plan, required_feature}`. */
export const notifyAdmin: Handler<'NotifyAdmin'> = async (ctx) => {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const str = (k: string) => (body[k] === undefined || body[k] === null ? '' : body[k]);
  const plan = str('required_plan');
  const feature = str('required_feature');
  const trial = body.trial_notification ?? false;
  // Go's decoder refuses wrong types for the request's fields.
  if (typeof plan !== 'string' || typeof feature !== 'string' || typeof trial !== 'boolean') throw Errors.invalidBodyParam('notifyAdminRequest');
  await saveAdminNotification(ctx.server, ctx.session.user_id, { required_plan: plan, required_feature: feature, trial_notification: trial });
  return ctx.json(200, { status: 'OK' } as never);
};
