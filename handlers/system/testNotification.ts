import type { Handler } from '../../server/http/handler';
import { sendTestNotification } from '../../app/system/testNotification';
import { STATUS_OK } from './ok';

/** POST /notifications/test: any logged-in user may ask for a test notification. */
export const testNotification: Handler<'TestNotification'> = async (ctx) => {
  await sendTestNotification(ctx.server, ctx.session.user_id);
  return ctx.json(200, STATUS_OK as never);
};
