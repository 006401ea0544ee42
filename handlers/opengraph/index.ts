import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const opengraphHandlers: TagHandlers<'opengraph'> = {
  OpenGraph: notImplemented,
};
