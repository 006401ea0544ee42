import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { TEST_SITE_URL } from '../../server/permissions/permissionIds';
import { STATUS_OK } from './ok';

/** POST /site_url/test: the site URL must answer 200 on /api/v4/system/ping. */
export const testSiteURL: Handler<'TestSiteURL'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, TEST_SITE_URL);
  const body = ctx.body as unknown;
  const siteUrl = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).site_url : undefined;
  if (typeof siteUrl !== 'string' || siteUrl === '') throw Errors.invalidBodyParam('site_url');
  const failure = () => new AppError('app.admin.test_site_url.failure', "This is not a valid live URL", 400);
  let status = 0;
  try {
    const res = await fetch(`${siteUrl}/api/v4/system/ping`, { signal: AbortSignal.timeout(30_000) });
    status = res.status;
    await res.body?.cancel();
  } catch {
    throw failure();
  }
  if (status !== 200) throw failure();
  return ctx.json(200, STATUS_OK as never);
};
