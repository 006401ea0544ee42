import type { Handler } from '../../server/http/handler';
import { getChannelMembersWithTeamData } from '../../db/queries/users';
import { toApiChannelMember } from '../../app/channels/serialize';
import { requireEditUser } from '../../app/users/access';
import { paging } from '../../app/users/params';
import { resolveUserId } from '../params';

export const getChannelMembersWithTeamDataForUser: Handler<'GetChannelMembersWithTeamDataForUser'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  await requireEditUser(server, session, userId);
  const { page, perPage } = paging(ctx.query as Record<string, unknown>);
  const rows = await getChannelMembersWithTeamData(server.db, userId, page * perPage, perPage);
  const out = rows.map((r) => ({
    ...toApiChannelMember(r.member),
    team_display_name: r.teamDisplayName ?? '',
    team_name: r.teamName ?? '',
    team_update_at: r.teamUpdateAt ?? 0,
  }));
  return ctx.json(200, out as never);
};
