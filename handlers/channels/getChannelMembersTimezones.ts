import type { Handler } from '../../server/http/handler';
import { requireChannelId } from '../../app/channels/access';
import { memberTimezones } from '../../db/queries/channelLists';
import { requireChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL } from '../../server/permissions/permissionIds';

/** A user's effective timezone (model.GetPreferredTimezone). */
function preferredTimezone(tz: Record<string, string>): string {
  return tz.useAutomaticTimezone === 'true' ? (tz.automaticTimezone ?? '') : (tz.manualTimezone ?? '');
}

/** GET /channels/{channel_id}/timezones: the distinct timezones of the members who set one. */
export const getChannelMembersTimezones: Handler<'GetChannelMembersTimezones'> = async (ctx) => {
  const channelId = requireChannelId(ctx.params.channel_id);
  await requireChannelPermission(ctx.server, ctx.session, channelId, READ_CHANNEL);
  const zones: string[] = [];
  for (const tz of await memberTimezones(ctx.server.db, channelId)) {
    if (!tz.automaticTimezone && !tz.manualTimezone) continue;
    const zone = preferredTimezone(tz);
    if (!zones.includes(zone)) zones.push(zone);
  }
  return ctx.json(200, zones);
};
