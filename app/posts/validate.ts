/** Mattermost's Post.IsValid on what a client controls, with its error ids. */
import { AppError, Errors } from '../../server/http/appError';

/** Mattermost's MaxPostSize on PostgreSQL (PostMessageMaxRunesV2). */
export const MAX_POST_RUNES = 16383;
const FILE_IDS_MAX_RUNES = 300;
const PROPS_MAX_RUNES = 800000;

const VALID_TYPES = new Set([
  '', 'system_generic', 'system_join_leave', 'system_auto_responder', 'system_add_remove', 'system_join_channel',
  'system_guest_join_channel', 'system_leave_channel', 'system_join_team', 'system_leave_team', 'system_add_to_channel',
  'system_add_guest_to_chan', 'system_remove_from_channel', 'system_move_channel', 'system_add_to_team',
  'system_remove_from_team', 'system_team_abac_removal', 'system_team_abac_addition', 'slack_attachment',
  'system_header_change', 'system_purpose_change', 'system_displayname_change', 'system_convert_channel',
  'system_channel_deleted', 'system_channel_restored', 'system_change_chan_privacy', 'add_bot_teams_channels',
  'reminder', 'me', 'system_wrangler', 'system_gm_to_channel', 'system_autotranslation', 'burn_on_read', 'card',
  'system_shared_chan_state',
]);

const runes = (s: string) => [...s].length;

function invalid(field: string, message: string, params?: Record<string, unknown>): AppError {
  return new AppError(`model.post.is_valid.${field}.app_error`, message, 400, '', params);
}

/** Whether a value holds a NUL character anywhere (PostgreSQL text and jsonb cannot store one). */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\0') || containsNul(v));
  return false;
}

export function validatePostContent(p: { message: string; type: string; props: Record<string, unknown>; fileIds: string[]; pendingPostId?: string }): void {
  if (containsNul([p.message, p.type, p.props, p.fileIds, p.pendingPostId ?? ''])) throw Errors.invalidBodyParam('post');
  const length = runes(p.message);
  if (length > MAX_POST_RUNES) {
    throw invalid('message_length', `Message length is ${length} characters; the maximum is ${MAX_POST_RUNES}.`, { Length: length, MaxLength: MAX_POST_RUNES });
  }
  if ((!VALID_TYPES.has(p.type) && !p.type.startsWith('custom_')) || p.type.length > 26) throw invalid('type', 'Invalid type.');
  if (runes(JSON.stringify(p.fileIds)) > FILE_IDS_MAX_RUNES) throw invalid('file_ids', 'Invalid file ids. Note that uploads are limited to 10 files maximum.');
  if (runes(JSON.stringify(p.props)) > PROPS_MAX_RUNES) throw invalid('props', 'Invalid props.');
}
