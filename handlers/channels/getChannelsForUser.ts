import type { Handler } from '../../server/http/handler';
import { lastDeleteAt, requirePermissionToUser } from '../../app/channels/access';
import { withChannelProps } from '../../app/channels/props';
import type { ApiChannel } from '../../app/channels/serialize';
import { listChannelsForUser } from '../../db/queries/channelLists';
import { resolveUserId } from '../params';

const PAGE_SIZE = 100;

/** GET /users/{user_id}/channels: every channel of the user across teams, direct and group ones included, by id. */
export const getChannelsForUser: Handler<'GetChannelsForUser'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  await requirePermissionToUser(server, session, userId);
  const since = lastDeleteAt(ctx.query.last_delete_at);
  const includeDeleted = ctx.query.include_deleted === true;
  const out: ApiChannel[] = [];
  let after = '';
  for (;;) {
    const page = await listChannelsForUser(server.db, userId, includeDeleted, since, after, PAGE_SIZE);
    out.push(...(await withChannelProps(server.db, page)));
    if (page.length < PAGE_SIZE) break;
    after = page[page.length - 1].id;
  }
  return ctx.json(200, out);
};
