import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const bleveHandlers: TagHandlers<'bleve'> = {
  PurgeBleveIndexes: notImplemented,
};
