import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const recapsHandlers: TagHandlers<'recaps'> = {
  GetRecaps: notImplemented,
  CreateRecap: notImplemented,
  MarkRecapsAsViewed: notImplemented,
  GetRecap: notImplemented,
  DeleteRecap: notImplemented,
  MarkRecapAsRead: notImplemented,
  RegenerateRecap: notImplemented,
};
