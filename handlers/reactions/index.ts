import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { deleteReaction } from './deleteReaction';
import { getBulkReactions } from './getBulkReactions';
import { getReactions } from './getReactions';
import { saveReaction } from './saveReaction';

export const reactionsHandlers: TagHandlers<'reactions'> = {
  GetBulkReactions: getBulkReactions,
  GetReactions: getReactions,
  SaveReaction: saveReaction,
  DeleteReaction: deleteReaction,
};
