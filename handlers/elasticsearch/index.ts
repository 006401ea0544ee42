import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const elasticsearchHandlers: TagHandlers<'elasticsearch'> = {
  PurgeElasticsearchIndexes: notImplemented,
  TestElasticsearch: notImplemented,
};
