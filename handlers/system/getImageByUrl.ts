import type { Handler } from '../../server/http/handler';
import { imageResponse } from '../../app/system/imageProxy';

/** GET /image?url=: a redirect to the image, or the image through the local proxy. */
export const getImageByUrl: Handler<'GetImageByUrl'> = (ctx) => imageResponse(ctx.server, ctx.hono.req.query('url') ?? '');
