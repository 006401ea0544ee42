import type { Handler } from '../../server/http/handler';
import { convertBotToUser as convert, loadBot } from '../../app/bots/bots';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { Errors } from '../../server/http/appError';
import { invalidParam } from '../../app/integrations/common';
import { toApiUser } from '../../app/users/serialize';
import { isValidEmail, isValidUsername, validatePassword } from '../../app/users/validate';
import { hashPassword } from '../../server/auth/password';
import { emailExists, usernameExists } from '../../app/users/update';
import { getUserByEmail, getUserByUsername } from '../../db/queries/users';
import type { UserRow } from '../../db/schema';

interface UserPatch {
  username?: unknown;
  email?: unknown;
  password?: unknown;
  first_name?: unknown;
  last_name?: unknown;
  nickname?: unknown;
  position?: unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** POST /bots/{id}/convert_to_user: the bot becomes a user with the password given (and system admin with set_system_admin=true). */
export const convertBotToUser: Handler<'ConvertBotToUser'> = async (ctx) => {
  const { server, session } = ctx;
  const found = await loadBot(server, ctx.params.bot_user_id, false);
  const patch = (ctx.body ?? {}) as UserPatch;
  const password = str(patch.password);
  if (!password) throw invalidParam('userPatch');
  if (!hasSystemPermission(server, session, MANAGE_SYSTEM)) throw Errors.permission(MANAGE_SYSTEM);
  const passwordError = validatePassword(password, server.config.get().PasswordSettings);
  if (passwordError) throw passwordError;
  const changes: Partial<UserRow> = { password: await hashPassword(password), lastPasswordUpdate: Date.now() };
  const username = str(patch.username)?.trim().toLowerCase();
  if (username && username !== found.user.username) {
    if (!isValidUsername(username)) throw invalidParam('username');
    if (await getUserByUsername(server.db, username)) throw usernameExists();
    changes.username = username;
  }
  const email = str(patch.email)?.trim().toLowerCase();
  if (email && email !== found.user.email) {
    if (!isValidEmail(email)) throw invalidParam('email');
    if (await getUserByEmail(server.db, email)) throw emailExists();
    changes.email = email;
  }
  for (const [key, column] of [['first_name', 'firstName'], ['last_name', 'lastName'], ['nickname', 'nickname'], ['position', 'position']] as const) {
    const value = str(patch[key]);
    if (value !== undefined) changes[column] = value;
  }
  if ((ctx.query as { set_system_admin?: boolean }).set_system_admin === true && !found.user.roles.split(' ').includes('system_admin')) {
    changes.roles = `${found.user.roles} system_admin`.trim();
  }
  const user = await convert(server, found, changes);
  return ctx.json(200, toApiUser(user, 'admin', server.config.get()) as never);
};
