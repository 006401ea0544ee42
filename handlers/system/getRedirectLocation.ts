import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { redirectLocation } from '../../app/system/redirectLocation';

/** GET /redirect_location?url=: `{location}` of one redirect; empty when previews are off or it fails. */
export const getRedirectLocation: Handler<'GetRedirectLocation'> = async (ctx) => {
  if (!ctx.server.config.get().ServiceSettings.EnableLinkPreviews) return ctx.json(200, { location: '' } as never);
  const url = ctx.hono.req.query('url') ?? '';
  // Mattermost names a missing query parameter here as it names body ones.
  if (url === '') throw Errors.invalidBodyParam('url');
  return ctx.json(200, { location: await redirectLocation(ctx.server, url) } as never);
};
