import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const webhooksHandlers: TagHandlers<'webhooks'> = {
  GetIncomingWebhooks: notImplemented,
  CreateIncomingWebhook: notImplemented,
  GetIncomingWebhook: notImplemented,
  UpdateIncomingWebhook: notImplemented,
  DeleteIncomingWebhook: notImplemented,
  GetOutgoingWebhooks: notImplemented,
  CreateOutgoingWebhook: notImplemented,
  GetOutgoingWebhook: notImplemented,
  UpdateOutgoingWebhook: notImplemented,
  DeleteOutgoingWebhook: notImplemented,
  RegenOutgoingHookToken: notImplemented,
  ExecuteIncomingWebhook: notImplemented,
};
