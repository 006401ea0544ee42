import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { purgeBleveIndexes } from './purgeBleveIndexes';

export const bleveHandlers: TagHandlers<'bleve'> = {
  PurgeBleveIndexes: purgeBleveIndexes,
};
