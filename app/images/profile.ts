/**
 * Profile images and team icons, as Mattermost keeps them: `users/<id>/profile.png` and
 * `teams/<id>/teamIcon.png`, 128×128 PNG, with the user's last_picture_update (negative once
 * reset to the generated default) and the team's last_team_icon_update as cache keys.
 */
import type { TeamRow, UserRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { updateUserFields } from '../../db/queries/users';
import { updateTeamFields } from '../../db/queries/teams';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { profileImagePath, teamIconPath } from '../files/paths';
import { publishTeamEvent } from '../teams/events';
import { defaultAvatar, imageInfo, squarePng } from './index';

export async function getDefaultProfileImage(user: UserRow): Promise<Buffer> {
  try {
    return await defaultAvatar(user.username, user.id);
  } catch (err) {
    throw new AppError('api.user.create_profile_image.encode.app_error', 'Could not encode default profile image.', 500, String(err));
  }
}

/**
 * The stored profile image, or the generated default (`readFailed`, cached briefly); a user who
 * never had a picture gets the default stored, as Mattermost does.
 */
export async function getProfileImage(server: ServerContext, user: UserRow): Promise<{ data: Buffer; readFailed: boolean }> {
  const path = profileImagePath(user.id);
  try {
    return { data: await server.files.readBuffer(path), readFailed: false };
  } catch {
    const data = await getDefaultProfileImage(user);
    if (user.lastPictureUpdate === 0) await server.files.write(path, data).catch(() => {});
    return { data, readFailed: true };
  }
}

export interface ImageErrors {
  limits: string;
  decode: string;
  write: string;
}

/** Checks an uploaded picture against MaxImageResolution and makes the 128×128 PNG. */
async function toSquare(server: ServerContext, data: Buffer, errors: ImageErrors): Promise<Buffer> {
  const info = await imageInfo(data);
  if (!info) throw new AppError(errors.decode, 'Could not decode the image.', 400);
  if (info.width * info.height > server.config.get().FileSettings.MaxImageResolution) {
    throw new AppError(errors.limits, 'The image is larger than the maximum resolution.', 400);
  }
  try {
    return await squarePng(data);
  } catch (err) {
    throw new AppError(errors.decode, 'Could not decode the image.', 400, String(err));
  }
}

export async function setProfileImage(server: ServerContext, userId: string, data: Buffer): Promise<void> {
  const png = await toSquare(server, data, {
    limits: 'api.user.upload_profile_user.check_image_limits.app_error',
    decode: 'api.user.upload_profile_user.decode.app_error',
    write: 'api.user.upload_profile_user.upload_profile.app_error',
  });
  await server.files.write(profileImagePath(userId), png);
  const now = nowMillis();
  await updateUserFields(server.db, userId, { lastPictureUpdate: now, updateAt: now });
}

/** Stores the generated default and marks it (a negative last_picture_update, as Mattermost). */
export async function setDefaultProfileImage(server: ServerContext, user: UserRow): Promise<void> {
  const data = await getDefaultProfileImage(user);
  await server.files.write(profileImagePath(user.id), data);
  const now = nowMillis();
  await updateUserFields(server.db, user.id, { lastPictureUpdate: -now, updateAt: now });
}

export async function getTeamIcon(server: ServerContext, team: TeamRow): Promise<Buffer> {
  try {
    return await server.files.readBuffer(teamIconPath(team.id));
  } catch (err) {
    throw new AppError('api.team.get_team_icon.read_file.app_error', 'Unable to read the team icon file.', 404, String(err));
  }
}

export async function setTeamIcon(server: ServerContext, team: TeamRow, data: Buffer): Promise<void> {
  const png = await toSquare(server, data, {
    limits: 'api.team.set_team_icon.check_image_limits.app_error',
    decode: 'api.team.set_team_icon.decode.app_error',
    write: 'api.team.set_team_icon.write_file.app_error',
  });
  await server.files.write(teamIconPath(team.id), png);
  const now = nowMillis();
  const row = await updateTeamFields(server.db, team.id, { lastTeamIconUpdate: now, updateAt: now });
  if (row) publishTeamEvent(server, 'update_team', row);
}

/**
 * Mattermost only resets last_team_icon_update (clients stop asking for the icon); the file
 * stays. Setting or removing the icon tells the team's members with `update_team`.
 */
export async function removeTeamIcon(server: ServerContext, team: TeamRow): Promise<void> {
  const row = await updateTeamFields(server.db, team.id, { lastTeamIconUpdate: 0, updateAt: nowMillis() });
  if (row) publishTeamEvent(server, 'update_team', row);
}
