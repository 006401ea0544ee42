/**
 * Who may do what with properties: the target checks of Mattermost's hasTargetAccess and the
 * per-field permission levels (none / sysadmin / member) a field carries for editing the field,
 * setting its values and managing its options.
 */
import type { PropertyFieldRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import {
  CREATE_POST,
  EDIT_OTHER_USERS,
  MANAGE_PRIVATE_CHANNEL_PROPERTIES,
  MANAGE_PUBLIC_CHANNEL_PROPERTIES,
  MANAGE_SYSTEM,
  READ_CHANNEL,
  VIEW_MEMBERS,
  VIEW_TEAM,
} from '../../server/permissions/permissionIds';
import { loadChannel, userCanSeeOtherUser } from '../channels/access';
import { loadPost } from '../posts/access';

export const templateNoValues = () =>
  new AppError('api.property_value.template_no_values.app_error', 'Template fields cannot have values.', 400, 'template fields cannot have values');

/** hasTargetAccess: read (write=false) or manage (write=true) access to a value target. */
export async function requireTargetAccess(server: ServerContext, session: Session, objectType: string, targetId: string, write: boolean): Promise<void> {
  switch (objectType) {
    case 'channel': {
      if (!write) {
        if (!(await hasChannelPermission(server, session, targetId, READ_CHANNEL))) throw Errors.permission(READ_CHANNEL);
        return;
      }
      const channel = await loadChannel(server, targetId);
      const perm = channel.type === 'O' ? MANAGE_PUBLIC_CHANNEL_PROPERTIES : channel.type === 'P' ? MANAGE_PRIVATE_CHANNEL_PROPERTIES : READ_CHANNEL;
      if (!(await hasChannelPermission(server, session, channel, perm))) throw Errors.permission(perm);
      return;
    }
    case 'post': {
      const post = await loadPost(server, targetId);
      const perm = write ? CREATE_POST : READ_CHANNEL;
      if (!(await hasChannelPermission(server, session, post.channelId, perm))) throw Errors.permission(perm);
      return;
    }
    case 'user':
      if (targetId === session.user_id) return;
      if (write) {
        if (!hasSystemPermission(server, session, EDIT_OTHER_USERS)) throw Errors.permission(EDIT_OTHER_USERS);
      } else if (!(await userCanSeeOtherUser(server, session, targetId))) {
        throw Errors.permission(VIEW_MEMBERS);
      }
      return;
    case 'system':
      if (write && !hasSystemPermission(server, session, MANAGE_SYSTEM)) throw Errors.permission(MANAGE_SYSTEM);
      return;
    case 'template':
      throw templateNoValues();
    default:
      throw new AppError('api.property_value.invalid_object_type.app_error', 'Invalid object type.', 400);
  }
}

/** Whether a permission level admits the session for this field's scope. */
async function levelAdmits(server: ServerContext, session: Session, field: PropertyFieldRow, level: string | null): Promise<boolean> {
  const isAdmin = hasSystemPermission(server, session, MANAGE_SYSTEM);
  switch (level ?? 'sysadmin') {
    case 'none':
      return false;
    case 'sysadmin':
      return isAdmin;
    case 'member':
      if (isAdmin || field.targetType === 'system') return true;
      if (field.targetType === 'team') return hasTeamPermission(server, session, field.targetId, VIEW_TEAM);
      if (field.targetType === 'channel') return hasChannelPermission(server, session, field.targetId, READ_CHANNEL);
      return false;
    default:
      return false;
  }
}

export const canEditField = (s: ServerContext, session: Session, f: PropertyFieldRow) => levelAdmits(s, session, f, f.permissionField);
export const canManageOptions = (s: ServerContext, session: Session, f: PropertyFieldRow) => levelAdmits(s, session, f, f.permissionOptions);
export const canSetValues = (s: ServerContext, session: Session, f: PropertyFieldRow) => levelAdmits(s, session, f, f.permissionValues);
