import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { openGraph } from './openGraph';

export const opengraphHandlers: TagHandlers<'opengraph'> = {
  OpenGraph: openGraph,
};
