import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';

const CLIENTS = new Set(['web', 'mobile-ios', 'mobile-android', 'desktop', 'all']);

/**
 * GET /system/notices/{teamId}: product notices. This server fetches no notice feed, so the list
 * is always empty once the request is valid.
 */
export const getNotices: Handler<'GetNotices'> = async (ctx) => {
  const teamId = String((ctx.params as { teamId?: string }).teamId ?? '');
  if (!/^[a-z0-9]{26}$/.test(teamId)) throw Errors.invalidUrlParam('team_id');
  const client = ctx.hono.req.query('client') ?? '';
  if (!CLIENTS.has(client)) throw Errors.invalidBodyParam('client');
  return ctx.json(200, [] as never);
};
