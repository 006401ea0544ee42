import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createRecap } from './createRecap';
import { deleteRecap } from './deleteRecap';
import { getRecap } from './getRecap';
import { getRecaps } from './getRecaps';
import { markRecapAsRead } from './markRecapAsRead';
import { markRecapsAsViewed } from './markRecapsAsViewed';
import { regenerateRecap } from './regenerateRecap';

export const recapsHandlers: TagHandlers<'recaps'> = {
  GetRecaps: getRecaps,
  CreateRecap: createRecap,
  MarkRecapsAsViewed: markRecapsAsViewed,
  GetRecap: getRecap,
  DeleteRecap: deleteRecap,
  MarkRecapAsRead: markRecapAsRead,
  RegenerateRecap: regenerateRecap,
};
