import type { FileInfoRow } from '../../db/schema';

/**
 * Mattermost's FileInfo JSON: storage paths and extracted content never leave the server;
 * post_id, width, height and has_preview_image are omitted when empty, as Go's omitempty does.
 */
export function toApiFileInfo(row: FileInfoRow): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: row.id,
    user_id: row.creatorId,
    channel_id: row.channelId,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    name: row.name,
    extension: row.extension,
    size: row.size,
    mime_type: row.mimeType,
    mini_preview: row.miniPreview ?? null,
    remote_id: row.remoteId ?? '',
    archived: row.archived,
  };
  if (row.postId) out.post_id = row.postId;
  if (row.width) out.width = row.width;
  if (row.height) out.height = row.height;
  if (row.hasPreviewImage) out.has_preview_image = true;
  return out;
}
