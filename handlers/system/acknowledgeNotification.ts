import type { Handler } from '../../server/http/handler';
import { acknowledgePush, parsePushAck } from '../../app/system/pushAck';
import { STATUS_OK } from './ok';

export const acknowledgeNotification: Handler<'AcknowledgeNotification'> = async (ctx) => {
  await acknowledgePush(ctx.server, parsePushAck(ctx.body));
  return ctx.json(200, STATUS_OK as never);
};
