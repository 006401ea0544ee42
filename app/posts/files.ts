/** File infos as Mattermost serialises them (model.FileInfo): paths and content never leave. */
import type { FileInfoRow } from '../../db/schema';
import type { components } from '../../generated/schema';

export type ApiFileInfo = components['schemas']['FileInfo'];

export function toApiFileInfo(row: FileInfoRow): ApiFileInfo {
  const info: ApiFileInfo = {
    id: row.id,
    user_id: row.creatorId,
    post_id: row.postId,
    channel_id: row.channelId,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    name: row.name,
    extension: row.extension,
    size: row.size,
    mime_type: row.mimeType,
    mini_preview: row.miniPreview ?? null,
    remote_id: row.remoteId ?? null,
    archived: row.archived,
  };
  if (row.width) info.width = row.width;
  if (row.height) info.height = row.height;
  if (row.hasPreviewImage) info.has_preview_image = true;
  return info;
}

/** Orders file infos as the post lists its file ids, unknown ones last (Mattermost's orderFileInfosByID). */
export function orderByFileIds<T extends { id: string }>(ids: string[], infos: T[]): T[] {
  const byId = new Map(infos.map((i) => [i.id, i]));
  const ordered: T[] = [];
  for (const id of ids) {
    const info = byId.get(id);
    if (info) {
      ordered.push(info);
      byId.delete(id);
    }
  }
  return [...ordered, ...infos.filter((i) => byId.has(i.id))];
}
