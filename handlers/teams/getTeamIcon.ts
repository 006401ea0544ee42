import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { getTeamOr404, requireTeamId } from '../../app/teams/access';
import { getTeamIcon as teamIcon } from '../../app/images/profile';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';

/** Team members, or anyone for an open team that allows open invites, may see the icon. */
export const getTeamIcon: Handler<'GetTeamIcon'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const team = await getTeamOr404(ctx.server.db, teamId);
  if (!(await hasTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM)) && !(team.type === 'O' && team.allowOpenInvite)) {
    throw Errors.permission(VIEW_TEAM);
  }
  const etag = String(team.lastTeamIconUpdate);
  if (ctx.hono.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
  const data = await teamIcon(ctx.server, team);
  return new Response(new Uint8Array(data), { status: 200, headers: { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=86400, private', ETag: etag } });
};
