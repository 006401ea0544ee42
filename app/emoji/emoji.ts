/**
 * Custom emoji, as Mattermost's App.CreateEmoji / GetEmoji / DeleteEmoji...: names of 1-64
 * letters, digits, `_`, `-`, `+` not taken by a system emoji nor a live custom one; the image
 * (at most 512 KiB, 1028×1028) is kept as uploaded when it fits 128×128, else scaled to fit.
 * Creating publishes `emoji_added` to everyone.
 */
import type { EmojiRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { getEmojiById, getEmojiByName, getEmojisByNames, insertEmojiIfNameFree, listEmoji, searchEmoji, softDeleteEmoji } from '../../db/queries/emoji';
import { getActiveTeamMembersForUser } from '../../db/queries/teams';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { teamMemberRoleNames } from '../../server/permissions/memberRoles';
import { CREATE_EMOJIS, DELETE_EMOJIS, DELETE_OTHERS_EMOJIS } from '../../server/permissions/permissionIds';
import { emojiImage, imageInfo } from '../images';
import { deletedEmojiImagePath, emojiImagePath } from '../files/paths';
import { SYSTEM_EMOJI_NAMES } from './systemNames';

export const MAX_EMOJI_FILE_SIZE = 1 << 19; // 512 KiB, Mattermost's MaxEmojiFileSize
export const MAX_EMOJI_ORIGINAL_SIDE = 1028;
export const EMOJI_NAME_MAX_LENGTH = 64;
export const GET_EMOJIS_BY_NAMES_MAX = 200;
export const EMOJI_AUTOCOMPLETE_MAX = 100;
export const EMOJI_SEARCH_MAX = 200;

const NAME = /^[a-zA-Z0-9+_-]+$/;

export const emojiDisabled = (status: number) => new AppError('api.emoji.disabled.app_error', 'Custom emoji have been disabled by the system admin.', status);
export const emojiNotFound = () => new AppError('app.emoji.get.no_result', 'Unable to find the emoji.', 404);
export const emojiNameNotFound = () => new AppError('app.emoji.get_by_name.no_result', 'Unable to find the emoji.', 404);
export const emojiTooLarge = () =>
  new AppError('api.emoji.create.too_large.app_error', 'Unable to create emoji. Image must be less than 512 KiB in size.', 413);

export function toApiEmoji(row: EmojiRow): Record<string, unknown> {
  return { id: row.id, create_at: row.createAt, update_at: row.updateAt, delete_at: row.deleteAt, creator_id: row.creatorId, name: row.name };
}

export function isSystemEmojiName(name: string): boolean {
  return SYSTEM_EMOJI_NAMES.has(name);
}

/** Mattermost's IsValidEmojiName. */
export function validateEmojiName(name: string): void {
  if (name === '' || name.length > EMOJI_NAME_MAX_LENGTH || !NAME.test(name)) {
    throw new AppError('model.emoji.name.app_error', 'Name must be 1 to 64 lowercase alphanumeric characters.', 400);
  }
  if (isSystemEmojiName(name)) throw new AppError('model.emoji.system_emoji_name.app_error', 'Name conflicts with an existing system emoji name.', 400);
}

/** A URL emoji name (web.RequireEmojiName). */
export function requireEmojiName(raw: string): string {
  if (raw.length > EMOJI_NAME_MAX_LENGTH || !NAME.test(raw)) throw Errors.invalidUrlParam('emoji_name');
  return raw;
}

export function requireEmojiId(raw: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam('emoji_id');
  return raw;
}

/** A system-wide permission, or the same permission in any team the user belongs to (Mattermost's emoji rule). */
async function hasEmojiPermission(server: ServerContext, session: Session, permission: string): Promise<boolean> {
  if (hasSystemPermission(server, session, permission)) return true;
  for (const member of await getActiveTeamMembersForUser(server.db, session.user_id)) {
    if (server.roles.hasPermission(teamMemberRoleNames(member), permission)) return true;
  }
  return false;
}

export async function requireCreateEmoji(server: ServerContext, session: Session): Promise<void> {
  if (!(await hasEmojiPermission(server, session, CREATE_EMOJIS))) throw Errors.permission(CREATE_EMOJIS);
}

export interface NewEmoji {
  /** The `emoji` form value, parsed. */
  emoji: { name?: unknown; creator_id?: unknown };
  image: { data: Buffer; filename: string } | undefined;
}

export async function createEmoji(server: ServerContext, session: Session, input: NewEmoji): Promise<EmojiRow> {
  if (!server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(403);
  const now = nowMillis();
  const id = newId();
  const name = typeof input.emoji.name === 'string' ? input.emoji.name : '';
  const creatorId = typeof input.emoji.creator_id === 'string' ? input.emoji.creator_id : '';
  if (creatorId.length > 26) throw new AppError('model.emoji.user_id.app_error', 'Invalid creator id.', 400);
  validateEmojiName(name);
  if (creatorId !== session.user_id) {
    throw new AppError('api.emoji.create.other_user.app_error', 'Invalid user id', 403);
  }
  const duplicate = () => new AppError('api.emoji.create.duplicate.app_error', 'Unable to create emoji. Another emoji with the same name already exists.', 400);
  if (await getEmojiByName(server.db, name)) throw duplicate();
  if (!input.image) {
    throw new AppError('api.context.invalid_body_param.app_error', 'Invalid or missing createEmoji in request body.', 400, '', { Name: 'createEmoji' });
  }

  const info = await imageInfo(input.image.data);
  if (!info || info.format === 'svg') {
    throw new AppError('api.emoji.upload.image.app_error', 'Unable to create the emoji. File must be a PNG, JPEG, or GIF.', 400);
  }
  if (info.width > MAX_EMOJI_ORIGINAL_SIDE || info.height > MAX_EMOJI_ORIGINAL_SIDE) {
    throw new AppError(
      'api.emoji.upload.large_image.too_large.app_error',
      `Unable to create emoji. Image must be less than ${MAX_EMOJI_ORIGINAL_SIDE} by ${MAX_EMOJI_ORIGINAL_SIDE} pixels.`,
      400,
      '',
      { MaxWidth: MAX_EMOJI_ORIGINAL_SIDE, MaxHeight: MAX_EMOJI_ORIGINAL_SIDE },
    );
  }
  let image: Buffer;
  try {
    image = await emojiImage(input.image.data, info, info.format === 'gif');
  } catch (err) {
    throw new AppError('api.emoji.upload.large_image.decode_error', 'Unable to create emoji. An error occurred when trying to decode the image.', 400, String(err));
  }

  const path = emojiImagePath(id);
  await server.files.write(path, image);
  let saved: EmojiRow | undefined;
  try {
    saved = await server.db.transaction((tx) =>
      insertEmojiIfNameFree(tx, { id, createAt: now, updateAt: now, deleteAt: 0, creatorId, name }),
    );
  } catch (err) {
    await server.files.remove(path).catch(() => {});
    throw err;
  }
  if (!saved) {
    await server.files.remove(path).catch(() => {});
    throw duplicate();
  }
  server.events.publish({ event: 'emoji_added', data: { emoji: JSON.stringify(toApiEmoji(saved)) }, broadcast: {} });
  return saved;
}

/** App.GetEmoji: disabled is 403 here (the API layer answers 501 first where Mattermost checks). */
export async function getEmoji(server: ServerContext, id: string): Promise<EmojiRow> {
  if (!server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(403);
  const row = await getEmojiById(server.db, id);
  if (!row) throw emojiNotFound();
  return row;
}

export async function getEmojiNamed(server: ServerContext, name: string): Promise<EmojiRow> {
  if (!server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(403);
  const row = await getEmojiByName(server.db, name);
  if (!row) throw emojiNameNotFound();
  return row;
}

export async function emojisByNames(server: ServerContext, names: string[]): Promise<EmojiRow[]> {
  const custom = names.filter((n) => !isSystemEmojiName(n));
  return getEmojisByNames(server.db, custom);
}

export function listEmojiPage(server: ServerContext, page: number, perPage: number, byName: boolean): Promise<EmojiRow[]> {
  return listEmoji(server.db, page * perPage, perPage, byName);
}

export async function findEmoji(server: ServerContext, term: string, prefixOnly: boolean, limit: number): Promise<EmojiRow[]> {
  if (!server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(403);
  return searchEmoji(server.db, term, prefixOnly, limit);
}

export async function deleteEmoji(server: ServerContext, session: Session, rawId: string): Promise<void> {
  const id = requireEmojiId(rawId);
  const row = await getEmoji(server, id);
  if (!(await hasEmojiPermission(server, session, DELETE_EMOJIS))) throw Errors.permission(DELETE_EMOJIS);
  if (row.creatorId !== session.user_id && !(await hasEmojiPermission(server, session, DELETE_OTHERS_EMOJIS))) {
    throw Errors.permission(DELETE_OTHERS_EMOJIS);
  }
  if (!(await softDeleteEmoji(server.db, id, nowMillis()))) throw new AppError('app.emoji.delete.no_results', 'Unable to find the emoji to delete.', 404, `id=${id}`);
  await server.files.move(emojiImagePath(id), deletedEmojiImagePath(id)).catch(() => {});
}

/** The stored image and its image/* type. */
export async function getEmojiImage(server: ServerContext, id: string): Promise<{ data: Buffer; type: string }> {
  if (!(await getEmojiById(server.db, id))) throw emojiNotFound();
  let data: Buffer;
  try {
    data = await server.files.readBuffer(emojiImagePath(id));
  } catch {
    throw new AppError('api.emoji.get_image.read.app_error', 'Unable to read image file for emoji.', 404);
  }
  const info = await imageInfo(data);
  if (!info) throw new AppError('api.emoji.get_image.decode.app_error', 'Unable to decode image file for emoji.', 500);
  return { data, type: `image/${info.format}` };
}
