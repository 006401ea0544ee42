import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { deleteChannelDraft } from './deleteChannelDraft';
import { deleteDraft } from './deleteDraft';
import { getUserDrafts } from './getUserDrafts';
import { upsertDraft } from './upsertDraft';

export const draftsHandlers: TagHandlers<'drafts'> = {
  UpsertDraft: upsertDraft,
  DeleteChannelDraft: deleteChannelDraft,
  DeleteDraft: deleteDraft,
  GetUserDrafts: getUserDrafts,
};
