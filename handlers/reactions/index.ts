import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const reactionsHandlers: TagHandlers<'reactions'> = {
  GetBulkReactions: notImplemented,
  GetReactions: notImplemented,
  SaveReaction: notImplemented,
  DeleteReaction: notImplemented,
};
