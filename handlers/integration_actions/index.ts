import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { lookupInteractiveDialog } from './lookupInteractiveDialog';
import { openInteractiveDialog } from './openInteractiveDialog';
import { submitInteractiveDialog } from './submitInteractiveDialog';

export const integrationActionsHandlers: TagHandlers<'integration_actions'> = {
  LookupInteractiveDialog: lookupInteractiveDialog,
  OpenInteractiveDialog: openInteractiveDialog,
  SubmitInteractiveDialog: submitInteractiveDialog,
};
