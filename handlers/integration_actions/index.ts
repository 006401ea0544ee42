import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const integrationActionsHandlers: TagHandlers<'integration_actions'> = {
  LookupInteractiveDialog: notImplemented,
  OpenInteractiveDialog: notImplemented,
  SubmitInteractiveDialog: notImplemented,
};
