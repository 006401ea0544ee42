import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';

/**
 * Mattermost documents this path but its router never serves it: `mention_counts` does not
 * match the thread id pattern of /threads/{thread_id}, so the request falls through to the
 * API's 404. Answered the same way.
 */
export const getThreadMentionCountsByChannel: Handler<'GetThreadMentionCountsByChannel'> = () => {
  throw Errors.notFound();
};
