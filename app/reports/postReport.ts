/**
 * Mattermost's posts reporting export (POST /reports/posts): a channel's posts in time order,
 * paged by an opaque cursor that carries every query parameter, so a client can resend the
 * same body with the cursor it was given.
 */
import { getChannelPostsForReport, type ChannelPostQuery } from '../../db/queries/reports';
import { getChannelById } from '../../db/queries/channels';
import type { DbOrTx } from '../../db/client';
import type { PostRow } from '../../db/schema';
import type { MattermostConfig } from '../../server/config';
import { AppError } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { preparePostsForClient } from '../posts/metadata';
import { toApiPost, type ApiPost } from '../posts/serialize';

export const MAX_REPORTING_PER_PAGE = 1000;
const DEFAULT_PER_PAGE = 100;

export interface PostReportRequest {
  channel_id?: unknown;
  cursor?: unknown;
  start_time?: unknown;
  time_field?: unknown;
  sort_direction?: unknown;
  per_page?: unknown;
  include_deleted?: unknown;
  exclude_system_posts?: unknown;
  include_metadata?: unknown;
}

type Params = Omit<ChannelPostQuery, 'limit'>;

const cursorError = (suffix: string, detail = '') =>
  new AppError(`model.post.decode_cursor.${suffix}`, 'The cursor is invalid.', 400, detail);

export function encodePostReportCursor(p: Params, time: number, postId: string): string {
  const plain = Buffer.from(['1', p.channelId, p.timeField, p.includeDeleted, p.excludeSystemPosts, p.sortDirection, time, postId].join(':'), 'utf8');
  // Go's base64.URLEncoding: the URL alphabet, padded.
  return plain.toString('base64url').padEnd(Math.ceil(plain.length / 3) * 4, '=');
}

const parseBool = (s: string): boolean | null => (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(s) ? true : ['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(s) ? false : null);

/** Mattermost's DecodeReportPostCursorV1, with its error ids. */
export function decodePostReportCursor(cursor: string): Params {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(cursor) || cursor.replace(/=+$/, '').length % 4 === 1) throw cursorError('invalid_base64');
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (parts.length !== 8) throw cursorError('invalid_format', `expected 8 parts, got ${parts.length}`);
  if (!/^[+-]?\d+$/.test(parts[0])) throw cursorError('invalid_version');
  if (Number(parts[0]) !== 1) throw cursorError('unsupported_version', `version ${parts[0]}`);
  const includeDeleted = parseBool(parts[3]);
  if (includeDeleted === null) throw cursorError('invalid_include_deleted');
  const excludeSystemPosts = parseBool(parts[4]);
  if (excludeSystemPosts === null) throw cursorError('invalid_exclude_system_posts');
  if (!/^[+-]?\d{1,19}$/.test(parts[6])) throw cursorError('invalid_timestamp');
  return {
    channelId: parts[1],
    timeField: parts[2] as Params['timeField'],
    includeDeleted,
    excludeSystemPosts,
    sortDirection: parts[5] as Params['sortDirection'],
    cursorTime: Number(parts[6]),
    cursorId: parts[7],
  };
}

function paramsFromOptions(body: PostReportRequest): Params {
  const sortDirection = body.sort_direction === 'desc' ? 'desc' : 'asc';
  const startTime = typeof body.start_time === 'number' && body.start_time > 0 ? body.start_time : 0;
  return {
    channelId: typeof body.channel_id === 'string' ? body.channel_id : '',
    timeField: body.time_field === 'update_at' ? 'update_at' : 'create_at',
    sortDirection,
    includeDeleted: body.include_deleted === true,
    excludeSystemPosts: body.exclude_system_posts === true,
    cursorTime: startTime > 0 ? startTime : sortDirection === 'desc' ? null : 0,
    cursorId: '',
  };
}

/** ReportPostQueryParams.Validate. */
function validate(p: Params): void {
  const bad = (suffix: string) => new AppError(`model.post.query_params.${suffix}`, 'The query parameters are invalid.', 400);
  if (!isValidId(p.channelId)) throw bad('invalid_channel_id');
  if (p.timeField !== 'create_at' && p.timeField !== 'update_at') throw bad('invalid_time_field');
  if (p.sortDirection !== 'asc' && p.sortDirection !== 'desc') throw bad('invalid_sort_direction');
  if (p.cursorId !== '' && !isValidId(p.cursorId)) throw bad('invalid_cursor_id');
}

export async function getPostsForReporting(
  db: DbOrTx,
  config: MattermostConfig,
  viewerId: string,
  body: PostReportRequest,
): Promise<{ posts: ApiPost[]; next_cursor?: { cursor: string } }> {
  const params = typeof body.cursor === 'string' && body.cursor !== '' ? decodePostReportCursor(body.cursor) : paramsFromOptions(body);
  const perPage = typeof body.per_page !== 'number' || body.per_page <= 0 ? DEFAULT_PER_PAGE : Math.min(Math.floor(body.per_page), MAX_REPORTING_PER_PAGE);
  validate(params);
  const rows = await getChannelPostsForReport(db, { ...params, limit: perPage + 1 });
  const page = rows.slice(0, perPage);
  if (page.length === 0 && !(await getChannelById(db, params.channelId))) {
    throw new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
  }
  const posts = body.include_metadata === true
    ? await preparePostsForClient(db, config, page, { viewerId })
    : page.map((r) => toApiPost(r));
  const result: { posts: ApiPost[]; next_cursor?: { cursor: string } } = { posts };
  if (rows.length > perPage) {
    const last = page[page.length - 1] as PostRow;
    const time = params.timeField === 'update_at' ? last.updateAt : last.createAt;
    result.next_cursor = { cursor: encodePostReportCursor(params, time, last.id) };
  }
  return result;
}

