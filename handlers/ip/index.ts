import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const ipHandlers: TagHandlers<'ip'> = {
  GetIPFilters: notImplemented,
  ApplyIPFilters: notImplemented,
  MyIP: notImplemented,
};
