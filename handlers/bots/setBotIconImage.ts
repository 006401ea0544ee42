import type { Handler } from '../../server/http/handler';
import { requireManageBot } from '../../app/bots/bots';
import { setBotIcon } from '../../app/bots/icon';
import { readImageUpload, uploadErrors } from '../../app/images/upload';

const ERRORS = uploadErrors('api.bot.set_bot_icon_image', 'icon image');

/** POST /bots/{id}/icon: multipart `image`, an SVG. */
export const setBotIconImage: Handler<'SetBotIconImage'> = async (ctx) => {
  const { server } = ctx;
  const found = await requireManageBot(server, ctx.session, ctx.params.bot_user_id);
  const image = await readImageUpload(server, ctx.hono.req.raw, ERRORS);
  await setBotIcon(server, found, image);
  return ctx.json(200, { status: 'OK' } as never);
};
