import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { applyIPFilters } from './applyIPFilters';
import { getIPFilters } from './getIPFilters';
import { myIP } from './myIP';

export const ipHandlers: TagHandlers<'ip'> = {
  GetIPFilters: getIPFilters,
  ApplyIPFilters: applyIPFilters,
  MyIP: myIP,
};
