import type { Handler } from '../../server/http/handler';
import { searchFiles } from '../../app/files/search';

/** Files across every team the user is in (Mattermost serves this behind its CommandPalette flag). */
export const searchFilesAllTeams: Handler<'SearchFilesAllTeams'> = async (ctx) => {
  const result = await searchFiles(ctx.server, ctx.session, undefined, (ctx.body ?? {}) as never);
  ctx.hono.header('Cache-Control', 'no-cache, no-store, must-revalidate');
  return ctx.json(200, result as never);
};
