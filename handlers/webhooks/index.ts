import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createIncomingWebhook } from './createIncomingWebhook';
import { createOutgoingWebhook } from './createOutgoingWebhook';
import { deleteIncomingWebhook } from './deleteIncomingWebhook';
import { deleteOutgoingWebhook } from './deleteOutgoingWebhook';
import { executeIncomingWebhook } from './executeIncomingWebhook';
import { getIncomingWebhook } from './getIncomingWebhook';
import { getIncomingWebhooks } from './getIncomingWebhooks';
import { getOutgoingWebhook } from './getOutgoingWebhook';
import { getOutgoingWebhooks } from './getOutgoingWebhooks';
import { regenOutgoingHookToken } from './regenOutgoingHookToken';
import { updateIncomingWebhook } from './updateIncomingWebhook';
import { updateOutgoingWebhook } from './updateOutgoingWebhook';

export const webhooksHandlers: TagHandlers<'webhooks'> = {
  GetIncomingWebhooks: getIncomingWebhooks,
  CreateIncomingWebhook: createIncomingWebhook,
  GetIncomingWebhook: getIncomingWebhook,
  UpdateIncomingWebhook: updateIncomingWebhook,
  DeleteIncomingWebhook: deleteIncomingWebhook,
  GetOutgoingWebhooks: getOutgoingWebhooks,
  CreateOutgoingWebhook: createOutgoingWebhook,
  GetOutgoingWebhook: getOutgoingWebhook,
  UpdateOutgoingWebhook: updateOutgoingWebhook,
  DeleteOutgoingWebhook: deleteOutgoingWebhook,
  RegenOutgoingHookToken: regenOutgoingHookToken,
  ExecuteIncomingWebhook: executeIncomingWebhook,
};
