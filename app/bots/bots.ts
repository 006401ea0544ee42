/**
 * Bots (Mattermost's app/bot.go): a user with is_bot plus a bots row; owned by the user who made
 * it; managed by its owner with manage_bots, by others with manage_others_bots; invisible (404)
 * to those who may not read it, so that a bot is not revealed.
 */
import { standInSession } from '../sessions/types';
import type { BotRow, UserRow } from '../../db/schema';
import { deleteBotRow, getBotWithUser, insertBot, listBots, updateBot, type BotWithUser } from '../../db/queries/bots';
import { getUserByEmail, getUserById, getUserByUsername, insertUser, updateUserReturning } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { CREATE_BOT, MANAGE_BOTS, MANAGE_OTHERS_BOTS, READ_BOTS, READ_OTHERS_BOTS } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { DEFAULT_NOTIFY_PROPS, DEFAULT_TIMEZONE, isUniqueViolation } from '../users/createUser';
import { isValidUsername } from '../users/validate';
import { publishNewUser, publishUserUpdated } from '../users/events';
import { setUserActive } from '../users/update';
import { getOrCreateDirectChannel } from '../channels/direct';
import { createPost } from '../posts/createPost';

export interface ApiBot {
  user_id: string;
  username: string;
  display_name?: string;
  description?: string;
  owner_id: string;
  last_icon_update?: number;
  create_at: number;
  update_at: number;
  delete_at: number;
  system_owned: boolean;
}

const PROTECTED = new Set(['system-bot', 'content-review']);

export function toApiBot({ bot, user }: BotWithUser): ApiBot {
  const out: ApiBot = { user_id: bot.userId, username: user.username, owner_id: bot.ownerId, create_at: bot.createAt, update_at: bot.updateAt, delete_at: bot.deleteAt, system_owned: PROTECTED.has(user.username) };
  if (user.firstName) out.display_name = user.firstName;
  if (bot.description) out.description = bot.description;
  if (bot.lastIconUpdate) out.last_icon_update = bot.lastIconUpdate;
  return out;
}

export function botNotFound(userId: string): AppError {
  return new AppError('store.sql_bot.get.missing.app_error', 'Unable to find the bot.', 404, '', { user_id: userId });
}

export async function loadBot(server: ServerContext, userId: string, includeDeleted: boolean): Promise<BotWithUser> {
  const found = isValidId(userId) ? await getBotWithUser(server.db, userId, includeDeleted) : undefined;
  if (!found) throw botNotFound(userId);
  return found;
}

export interface BotPatch {
  username?: string | null;
  display_name?: string | null;
  description?: string | null;
}

function validateBot(username: string, displayName: string, description: string, ownerId: string): void {
  const bad = (field: string, message: string) => new AppError(`model.bot.is_valid.${field}.app_error`, message, 400);
  if (!isValidUsername(username)) throw bad('username', 'Invalid username.');
  if ([...displayName].length > 64) throw bad('user_id', 'Invalid user id.');
  if ([...description].length > 1024) throw bad('description', 'Invalid description.');
  if (ownerId === '' || [...ownerId].length > 190) throw bad('creator_id', 'Invalid creator id.');
}

async function uniqueError(server: ServerContext, username: string, email: string): Promise<AppError> {
  if (await getUserByUsername(server.db, username)) return new AppError('app.user.save.username_exists.app_error', 'An account with that username already exists.', 400);
  if (await getUserByEmail(server.db, email)) return new AppError('app.user.save.email_exists.app_error', 'An account with that email already exists.', 400);
  return new AppError('app.user.save.existing.app_error', 'This user already exists.', 400);
}

export async function createBot(server: ServerContext, session: Session, patch: BotPatch): Promise<ApiBot> {
  if (!hasSystemPermission(server, session, CREATE_BOT)) throw Errors.permission(CREATE_BOT);
  const caller = await getUserById(server.db, session.user_id);
  if (caller?.isBot) throw Errors.permission(CREATE_BOT);
  if (!server.config.get().ServiceSettings.EnableBotAccountCreation) throw new AppError('api.bot.create_disabled', 'Bot creation has been disabled.', 403);
  return makeBot(server, { username: patch.username ?? '', displayName: patch.display_name ?? '', description: patch.description ?? '', ownerId: session.user_id }, caller);
}

/** Creates the bot user and row, then tells the owner in a direct message to add the bot to teams and channels. */
export async function makeBot(
  server: ServerContext,
  b: { username: string; displayName: string; description: string; ownerId: string },
  owner: UserRow | undefined,
): Promise<ApiBot> {
  const username = b.username.trim().toLowerCase();
  validateBot(username, b.displayName, b.description, b.ownerId);
  const email = `${username}@localhost`;
  const now = nowMillis();
  let created: BotWithUser;
  try {
    created = await server.db.transaction(async (tx) => {
      const user = await insertUser(tx, {
        id: newId(),
        createAt: now,
        updateAt: now,
        username,
        email,
        firstName: b.displayName,
        roles: 'system_user',
        isBot: true,
        botDescription: b.description,
        notifyProps: { ...DEFAULT_NOTIFY_PROPS },
        timezone: { ...DEFAULT_TIMEZONE },
      });
      const bot = await insertBot(tx, { userId: user.id, description: b.description, ownerId: b.ownerId, createAt: now, updateAt: now, deleteAt: 0, lastIconUpdate: 0 });
      return { user, bot };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw await uniqueError(server, username, email);
    throw err;
  }
  publishNewUser(server, created.user.id);
  if (owner) {
    const channel = await getOrCreateDirectChannel(server, standInSession(created.user), created.user.id, owner.id);
    await createPost(
      server,
      {
        channel_id: channel.id,
        type: 'add_bot_teams_channels',
        message: 'Please add me to teams and channels you want me to interact in. To do this, use the browser or Mattermost Desktop App.',
      },
      { userId: created.user.id, session: null },
    );
  }
  return toApiBot(created);
}

/** Mattermost's SessionHasPermissionToManageBot: 404 to those who may not even read the bot. */
export async function requireManageBot(server: ServerContext, session: Session, botUserId: string): Promise<BotWithUser> {
  const found = await loadBot(server, botUserId, true);
  if (found.bot.ownerId === session.user_id) {
    if (!hasSystemPermission(server, session, MANAGE_BOTS)) {
      if (!hasSystemPermission(server, session, READ_BOTS)) throw botNotFound(botUserId);
      throw Errors.permission(MANAGE_BOTS);
    }
  } else if (!hasSystemPermission(server, session, MANAGE_OTHERS_BOTS)) {
    if (!hasSystemPermission(server, session, READ_OTHERS_BOTS)) throw botNotFound(botUserId);
    throw Errors.permission(MANAGE_OTHERS_BOTS);
  }
  return found;
}

export function canReadBot(server: ServerContext, session: Session, bot: BotRow): boolean {
  if (hasSystemPermission(server, session, READ_OTHERS_BOTS)) return true;
  return bot.ownerId === session.user_id && hasSystemPermission(server, session, READ_BOTS);
}

export async function listBotsFor(server: ServerContext, session: Session, q: { includeDeleted: boolean; onlyOrphaned: boolean; offset: number; limit: number }): Promise<ApiBot[]> {
  let ownerId: string | undefined;
  if (hasSystemPermission(server, session, READ_OTHERS_BOTS)) ownerId = undefined;
  else if (hasSystemPermission(server, session, READ_BOTS)) ownerId = session.user_id;
  else throw Errors.permission(READ_BOTS);
  return (await listBots(server.db, { ownerId, ...q })).map(toApiBot);
}

export async function patchBot(server: ServerContext, found: BotWithUser, patch: BotPatch): Promise<ApiBot> {
  const { bot, user } = found;
  const username = typeof patch.username === 'string' ? patch.username.trim().toLowerCase() : user.username;
  const displayName = typeof patch.display_name === 'string' ? patch.display_name : user.firstName;
  const description = typeof patch.description === 'string' ? patch.description : bot.description;
  if (username === user.username && displayName === user.firstName && description === bot.description) return toApiBot(found);
  validateBot(username, displayName, description, bot.ownerId);
  const email = `${username}@localhost`;
  const now = nowMillis();
  let updated: BotWithUser;
  try {
    updated = await server.db.transaction(async (tx) => {
      const u = await updateUserReturning(tx, user.id, { username, email, firstName: displayName, botDescription: description, updateAt: now });
      const b = await updateBot(tx, bot.userId, { description, updateAt: now });
      return { user: u!, bot: b! };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw await uniqueError(server, username, email);
    throw err;
  }
  await publishUserUpdated(server, updated.user);
  return toApiBot(updated);
}

/** Enables or disables the bot and its user (a disabled bot's sessions end). */
export async function setBotActive(server: ServerContext, found: BotWithUser, active: boolean): Promise<ApiBot> {
  const { user } = found;
  if (!active && PROTECTED.has(user.username)) {
    throw new AppError('api.bot.disable_system_bot.app_error', 'System-owned bots cannot be disabled.', 400);
  }
  let current = user;
  if ((user.deleteAt !== 0) === active) current = await setUserActive(server, user, active);
  let bot = found.bot;
  if (active && bot.deleteAt !== 0) bot = (await updateBot(server.db, bot.userId, { deleteAt: 0, updateAt: nowMillis() }))!;
  else if (!active && bot.deleteAt === 0) {
    const now = nowMillis();
    bot = (await updateBot(server.db, bot.userId, { deleteAt: now, updateAt: now }))!;
  }
  return toApiBot({ bot, user: current });
}

export async function assignBot(server: ServerContext, found: BotWithUser, ownerId: string): Promise<ApiBot> {
  const bot = await updateBot(server.db, found.bot.userId, { ownerId, updateAt: nowMillis() });
  return toApiBot({ bot: bot!, user: found.user });
}

/** POST /users/{id}/convert_to_bot: the user keeps its id and becomes a bot it owns. */
export async function convertUserToBot(server: ServerContext, user: UserRow): Promise<ApiBot> {
  const now = nowMillis();
  const existing = await getBotWithUser(server.db, user.id, true);
  if (existing) throw new AppError('app.bot.createbot.internal_error', 'Unable to save the bot.', 500, 'the user is already a bot');
  const result = await server.db.transaction(async (tx) => {
    const bot = await insertBot(tx, {
      userId: user.id,
      description: '',
      ownerId: user.id,
      createAt: now,
      updateAt: now,
      deleteAt: user.deleteAt,
      lastIconUpdate: 0,
    });
    const u = await updateUserReturning(tx, user.id, { isBot: true, updateAt: now });
    return { bot, user: u! };
  });
  await publishUserUpdated(server, result.user);
  return toApiBot(result);
}

export async function convertBotToUser(server: ServerContext, found: BotWithUser, changes: Partial<UserRow>): Promise<UserRow> {
  const now = nowMillis();
  const user = await server.db.transaction(async (tx) => {
    await deleteBotRow(tx, found.bot.userId);
    return (await updateUserReturning(tx, found.user.id, { ...changes, isBot: false, botDescription: '', updateAt: now }))!;
  });
  await server.sessions.revokeAllForUser(user.id);
  await publishUserUpdated(server, user);
  return user;
}
