import type { ServerContext } from '../../server/context';
import type { Session } from '../../app/sessions/types';
import { Errors } from '../../server/http/appError';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL_CONTENT, VIEW_TEAM } from '../../server/permissions/permissionIds';
import { canReadChannel, loadChannel } from '../../app/integrations/common';

/** The dialog's channel must be readable and its team viewable by the caller. */
export async function requireDialogAccess(server: ServerContext, session: Session, channelId: unknown, teamId: unknown): Promise<void> {
  const channel = await loadChannel(server, typeof channelId === 'string' ? channelId : '');
  if (!(await canReadChannel(server, session, channel))) throw Errors.permission(READ_CHANNEL_CONTENT);
  if (!(await hasTeamPermission(server, session, typeof teamId === 'string' ? teamId : '', VIEW_TEAM))) throw Errors.permission(VIEW_TEAM);
}
