import type { Handler } from '../../server/http/handler';
import { loadBot } from '../../app/bots/bots';
import { getBotIcon } from '../../app/bots/icon';
import { canSeeUser } from '../../app/users/access';
import { Errors } from '../../server/http/appError';

/** GET /bots/{id}/icon: the bot's SVG icon, to whoever may see the bot user. */
export const getBotIconImage: Handler<'GetBotIconImage'> = async (ctx) => {
  const found = await loadBot(ctx.server, ctx.params.bot_user_id, true);
  if (!(await canSeeUser(ctx.server, ctx.session, found.user.id))) throw Errors.permission('view_members');
  const data = await getBotIcon(ctx.server, found);
  return new Response(new Uint8Array(data), { status: 200, headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400, private' } });
};
