/**
 * The system bot (Mattermost's GetSystemBot): the bot user `system-bot`, made on first need and
 * owned by the first active system admin (by username). Server-made messages such as post
 * reminders come from it. Unlike a bot a user creates, its owner gets no "add me to teams" DM.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { users, type UserRow } from '../../db/schema';
import { getBotWithUser, insertBot, type BotWithUser } from '../../db/queries/bots';
import { getUserByUsername, insertUser } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';
import { DEFAULT_NOTIFY_PROPS, DEFAULT_TIMEZONE, isUniqueViolation } from '../users/createUser';
import { publishNewUser } from '../users/events';

export const SYSTEM_BOT_USERNAME = 'system-bot';
const SYSTEM_BOT_DISPLAY_NAME = 'System';

async function firstSystemAdmin(server: ServerContext): Promise<UserRow | undefined> {
  const [row] = await server.db
    .select()
    .from(users)
    .where(and(sql`(' ' || ${users.roles} || ' ') like '% system_admin %'`, eq(users.isBot, false), eq(users.deleteAt, 0)))
    .orderBy(asc(users.username))
    .limit(1);
  return row;
}

async function existingSystemBot(server: ServerContext): Promise<BotWithUser | undefined> {
  const user = await getUserByUsername(server.db, SYSTEM_BOT_USERNAME);
  if (!user) return undefined;
  const found = await getBotWithUser(server.db, user.id, true);
  if (!found) throw new AppError('app.bot.createbot.internal_error', 'Unable to save the bot.', 500, 'the system-bot username belongs to a user that is not a bot');
  return found;
}

export async function getSystemBot(server: ServerContext): Promise<BotWithUser> {
  const existing = await existingSystemBot(server);
  if (existing) return existing;
  const owner = await firstSystemAdmin(server);
  if (!owner) {
    throw new AppError('app.bot.get_system_bot.empty_admin_list.app_error', 'No system admin was found to own the system bot.', 500);
  }
  const now = nowMillis();
  try {
    const created = await server.db.transaction(async (tx) => {
      const user = await insertUser(tx, {
        id: newId(),
        createAt: now,
        updateAt: now,
        username: SYSTEM_BOT_USERNAME,
        email: `${SYSTEM_BOT_USERNAME}@localhost`,
        firstName: SYSTEM_BOT_DISPLAY_NAME,
        roles: 'system_user',
        isBot: true,
        botDescription: '',
        notifyProps: { ...DEFAULT_NOTIFY_PROPS },
        timezone: { ...DEFAULT_TIMEZONE },
      });
      const bot = await insertBot(tx, { userId: user.id, description: '', ownerId: owner.id, createAt: now, updateAt: now, deleteAt: 0, lastIconUpdate: 0 });
      return { user, bot };
    });
    publishNewUser(server, created.user.id);
    return created;
  } catch (err) {
    // Another request (or server process) made it first.
    if (isUniqueViolation(err)) {
      const raced = await existingSystemBot(server);
      if (raced) return raced;
    }
    throw err;
  }
}

