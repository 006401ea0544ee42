/**
 * Synced drafts (Mattermost's api4/drafts.go and app/draft.go): one draft per user, channel and
 * thread root, kept while ServiceSettings.AllowSyncedDrafts is on; changes are announced to
 * the user's other connections (draft_created, draft_deleted).
 */
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import type { DraftRow } from '../../db/schema';
import { deleteDraft as deleteDraftRow, getDraft, getDraftsForUser, upsertDraft as upsertDraftRow } from '../../db/queries/drafts';
import { getChannelById } from '../../db/queries/channels';
import { getUserById } from '../../db/queries/users';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, nowMillis } from '../../server/ids';
import { hasChannelPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { CREATE_POST, CREATE_POST_PUBLIC, VIEW_TEAM } from '../../server/permissions/permissionIds';

/** Mattermost's longest message (PostMessageMaxRunesV2), also the draft limit. */
const MAX_DRAFT_RUNES = 16383;
const FILE_IDS_MAX_RUNES = 300;
const PROPS_MAX_RUNES = 800000;

export interface ApiDraft {
  create_at: number;
  update_at: number;
  delete_at: number;
  user_id: string;
  channel_id: string;
  root_id: string;
  wiki_id: string;
  message: string;
  props: Record<string, unknown>;
  file_ids?: string[];
  metadata: Record<string, unknown>;
  priority?: Record<string, unknown>;
}

export function toApiDraft(row: DraftRow): ApiDraft {
  const draft: ApiDraft = {
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    user_id: row.userId,
    channel_id: row.channelId,
    root_id: row.rootId,
    wiki_id: '',
    message: row.message,
    props: row.props ?? {},
    metadata: {},
  };
  if (row.fileIds.length > 0) draft.file_ids = row.fileIds;
  if (row.priority && Object.keys(row.priority).length > 0) draft.priority = row.priority;
  return draft;
}

/** Whether synced drafts are on (ServiceSettings.AllowSyncedDrafts; true when the key is absent). */
export function syncedDraftsEnabled(server: ServerContext): boolean {
  const value = (server.config.get().ServiceSettings as { AllowSyncedDrafts?: boolean }).AllowSyncedDrafts;
  return value !== false;
}

export function requireSyncedDrafts(server: ServerContext): void {
  if (!syncedDraftsEnabled(server)) throw new AppError('api.drafts.disabled.app_error', 'Drafts feature is disabled.', 501);
}

function runes(text: string): number {
  return [...text].length;
}

function invalid(field: string, detail = ''): AppError {
  return new AppError(`model.draft.is_valid.${field}.app_error`, 'Invalid draft.', 400, detail);
}

function publishDraft(server: ServerContext, event: 'draft_created' | 'draft_deleted', draft: ApiDraft, connectionId: string): void {
  server.events.publish({
    event,
    data: { draft: JSON.stringify(draft) },
    broadcast: { user_id: draft.user_id, channel_id: draft.channel_id, omit_connection_id: connectionId || undefined },
  });
}

export interface DraftInput {
  create_at?: number;
  channel_id?: string;
  root_id?: string;
  message?: string;
  props?: Record<string, unknown>;
  file_ids?: string[];
  priority?: Record<string, unknown>;
}

/**
 * POST /drafts: saves the caller's draft for a channel (and thread). An empty message deletes
 * the draft and answers null, as Mattermost does.
 */
export async function upsertDraft(server: ServerContext, session: Session, input: DraftInput, connectionId: string): Promise<ApiDraft | null> {
  requireSyncedDrafts(server);
  const channelId = typeof input.channel_id === 'string' ? input.channel_id : '';
  const channel = isValidId(channelId) ? await getChannelById(server.db, channelId) : undefined;
  let allowed = channel ? await hasChannelPermission(server, session, channel, CREATE_POST) : false;
  if (!allowed && channel?.type === 'O') allowed = await hasTeamPermission(server, session, channel.teamId, CREATE_POST_PUBLIC);
  if (!allowed) throw Errors.permission(CREATE_POST);
  if (!channel) throw new AppError('api.context.invalid_param.app_error', 'Invalid draft.channel_id parameter.', 400, '', { Name: 'draft.channel_id' });
  if (channel.deleteAt !== 0) {
    throw new AppError('api.draft.create_draft.can_not_draft_to_deleted.error', 'Cannot save a draft in an archived channel.', 400);
  }
  const userId = session.user_id;
  if (!(await getUserById(server.db, userId))) throw new AppError('app.user.get.app_error', 'An error occurred finding the account.', 500);

  const rootId = typeof input.root_id === 'string' ? input.root_id : '';
  const message = typeof input.message === 'string' ? input.message : '';
  if (message === '') {
    await deleteDraftRow(server.db, userId, channel.id, rootId);
    return null;
  }

  const now = nowMillis();
  const createAt = typeof input.create_at === 'number' && input.create_at !== 0 ? input.create_at : now;
  const props = input.props && typeof input.props === 'object' ? input.props : {};
  const fileIds = [...new Set(Array.isArray(input.file_ids) ? input.file_ids : [])];
  const priority = input.priority && typeof input.priority === 'object' ? input.priority : null;
  const length = runes(message);
  if (length > MAX_DRAFT_RUNES) {
    throw new AppError('model.draft.is_valid.message_length.app_error', 'Invalid Message Length.', 400, `channelid=${channel.id}`, { Length: length, MaxLength: MAX_DRAFT_RUNES });
  }
  if (!(isValidId(rootId) || rootId === '')) throw invalid('root_id');
  if (runes(JSON.stringify(fileIds)) > FILE_IDS_MAX_RUNES) throw invalid('file_ids', `channelid=${channel.id}`);
  if (runes(JSON.stringify(props)) > PROPS_MAX_RUNES) throw invalid('props', `channelid=${channel.id}`);
  if (priority && runes(JSON.stringify(priority)) > PROPS_MAX_RUNES) throw invalid('priority', `channelid=${channel.id}`);

  const row = await upsertDraftRow(server.db, {
    userId,
    channelId: channel.id,
    rootId,
    createAt,
    updateAt: now,
    message,
    props,
    fileIds,
    priority,
  });
  const draft = toApiDraft(row);
  publishDraft(server, 'draft_created', draft, connectionId);
  return draft;
}

/** GET /users/me/teams/{team_id}/drafts. */
export async function getUserDrafts(server: ServerContext, session: Session, teamId: string): Promise<ApiDraft[]> {
  requireSyncedDrafts(server);
  if (!(await hasTeamPermission(server, session, teamId, VIEW_TEAM))) throw Errors.permission(CREATE_POST);
  return (await getDraftsForUser(server.db, session.user_id, teamId)).map(toApiDraft);
}

/** DELETE /users/me/channels/{channel_id}/drafts[/{root_id}]: deleting a missing draft is not an error. */
export async function deleteDraft(server: ServerContext, session: Session, channelId: string, rootId: string, connectionId: string): Promise<void> {
  requireSyncedDrafts(server);
  const existing = await getDraft(server.db, session.user_id, channelId, rootId);
  if (!existing) return;
  const deleted = await deleteDraftRow(server.db, session.user_id, channelId, rootId);
  if (deleted) publishDraft(server, 'draft_deleted', toApiDraft(deleted), connectionId);
}
