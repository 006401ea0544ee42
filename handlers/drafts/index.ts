import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const draftsHandlers: TagHandlers<'drafts'> = {
  UpsertDraft: notImplemented,
  DeleteChannelDraft: notImplemented,
  DeleteDraft: notImplemented,
  GetUserDrafts: notImplemented,
};
