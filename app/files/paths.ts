/** Where Mattermost keeps an upload and its derived images in file storage. */
import { Errors } from '../../server/http/appError';

/** Go's filepath.Base on a client-given name: the last `/`-separated segment. */
export function baseName(name: string): string {
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '') return name === '' ? '' : '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** A file name usable as the last segment of a storage key (else a 400 on `param`). */
export function storageName(raw: string, param = 'filename'): string {
  const name = baseName(raw);
  if (name === '' || name === '.' || name === '..' || name === '/' || name.includes('\0') || name.includes('\\')) {
    throw Errors.invalidUrlParam(param);
  }
  return name;
}

/** yyyymmdd of a millisecond timestamp (UTC). */
export function datePrefix(at: number): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The folder of an uploaded file: `<date>/teams/noteam/channels/<channel>/users/<user>/<file id>/`. */
export function uploadFolder(at: number, channelId: string, userId: string, fileId: string): string {
  return `${datePrefix(at)}/teams/noteam/channels/${channelId}/users/${userId}/${fileId}/`;
}

/** The name without its extension (Mattermost cuts at the last dot). */
export function withoutExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export const profileImagePath = (userId: string) => `users/${userId}/profile.png`;
export const teamIconPath = (teamId: string) => `teams/${teamId}/teamIcon.png`;
export const emojiImagePath = (emojiId: string) => `emoji/${emojiId}/image`;
export const deletedEmojiImagePath = (emojiId: string) => `emoji/${emojiId}/image_deleted`;
