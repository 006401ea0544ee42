import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { openGraphFor } from '../../app/system/openGraph';

/** POST /opengraph: the Open Graph metadata of `url`, when link previews are on. */
export const openGraph: Handler<'OpenGraph'> = async (ctx) => {
  if (!ctx.server.config.get().ServiceSettings.EnableLinkPreviews) {
    throw new AppError('api.post.link_preview_disabled.app_error', 'Link previews have been disabled by the system administrator.', 501);
  }
  const body = ctx.body as unknown;
  const url = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).url : undefined;
  if (typeof url !== 'string' || url === '') throw Errors.invalidBodyParam('url');
  return ctx.json(200, (await openGraphFor(ctx.server, url)) as never);
};
