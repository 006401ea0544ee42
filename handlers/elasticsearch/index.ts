import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { purgeElasticsearchIndexes } from './purgeElasticsearchIndexes';
import { testElasticsearch } from './testElasticsearch';

export const elasticsearchHandlers: TagHandlers<'elasticsearch'> = {
  PurgeElasticsearchIndexes: purgeElasticsearchIndexes,
  TestElasticsearch: testElasticsearch,
};
