import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { getPostIfAuthorized, requirePostId } from '../../app/posts/access';
import { getPostThread as readThread, toApiPostList } from '../../app/posts/postList';

/** Mattermost's PerPageMaximum. */
const PER_PAGE_MAXIMUM = 200;

function invalidParamDetail(name: string, detail: string): AppError {
  const err = Errors.invalidUrlParam(name);
  return new AppError(err.id, err.message, 400, detail, err.params);
}

/**
 * GET /posts/{post_id}/thread: the post and its thread, optionally paged (perPage, fromPost +
 * fromCreateAt or fromUpdateAt, direction up/down, updatesOnly), collapsed or not.
 */
export const getPostThread: Handler<'GetPostThread'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const q = ctx.query;
  const perPage = q.perPage ?? 0;
  if (perPage > PER_PAGE_MAXIMUM) throw Errors.invalidUrlParam('perPage');
  const fromCreateAt = q.fromCreateAt ?? 0;
  const fromPost = q.fromPost ?? '';
  if (fromPost !== '' && !isValidId(fromPost)) throw Errors.invalidUrlParam('fromPost');
  if (fromPost !== '' && fromCreateAt === 0) throw Errors.invalidUrlParam('if fromPost is set, then fromCreateAt must also be set');
  const fromUpdateAt = q.fromUpdateAt ?? 0;
  if (fromUpdateAt !== 0 && fromCreateAt !== 0) throw invalidParamDetail('fromUpdateAt', 'both fromUpdateAt and fromCreateAt cannot be set');
  const updatesOnly = q.updatesOnly === true;
  if (updatesOnly && fromUpdateAt === 0) throw invalidParamDetail('fromUpdateAt', 'fromUpdateAt must be set if updatesOnly is set');
  const direction = q.direction ?? '';
  if (direction !== '' && direction !== 'up' && direction !== 'down') throw Errors.invalidUrlParam('direction');
  if (updatesOnly && direction === 'up') throw invalidParamDetail('updatesOnly', 'updatesOnly flag cannot be used with up direction');

  const opts = {
    viewerId: ctx.session.user_id,
    skipFetchThreads: q.skipFetchThreads === true,
    collapsedThreads: q.collapsedThreads === true,
    collapsedThreadsExtended: q.collapsedThreadsExtended === true,
    includeDeleted: false,
  };
  const list = await readThread(ctx.server.db, postId, { perPage, fromPost, fromCreateAt, fromUpdateAt, direction, updatesOnly }, opts);
  await getPostIfAuthorized(ctx.server, ctx.session, postId);
  return ctx.json(200, await toApiPostList(ctx.server.db, ctx.server.config.get(), list, opts));
};
