/**
 * What happens to bots when a user is deactivated (Mattermost's userDeactivated):
 *  - for a person who owns active bots, every active system admin is told in their own direct
 *    channel which bots lost their owner;
 *  - with ServiceSettings.DisableBotsWhenOwnerIsDeactivated (on by default) those bots are
 *    disabled too (their users deactivated, their sessions ended).
 * Failures are logged, not answered: the deactivation itself has already happened.
 */
import type { UserRow } from '../../db/schema';
import { listBots, type BotWithUser } from '../../db/queries/bots';
import { getUserIdsWithAnyRole, getUserById } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { errorFields } from '../../server/logging/logger';
import { standInSession } from '../sessions/types';
import { getOrCreateDirectChannel } from '../channels/direct';
import { createPost } from '../posts/createPost';
import { setBotActive } from './bots';

const PAGE = 200;
const LISTED = 10;

async function activeBotsOf(server: ServerContext, ownerId: string): Promise<BotWithUser[]> {
  const out: BotWithUser[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listBots(server.db, { ownerId, includeDeleted: false, onlyOrphaned: false, offset, limit: PAGE });
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

function sysadminMessage(owner: UserRow, owned: BotWithUser[], disabled: boolean): string {
  const names = owned.slice(0, LISTED).map((b) => `* ${b.user.username}`);
  const more = owned.length > LISTED ? `\n(and ${owned.length - LISTED} more)` : '';
  const what = disabled ? 'They have been disabled.' : 'They keep working; to stop them, disable them in System Console > Integrations > Bot Accounts.';
  return `@${owner.username} was deactivated and owned ${owned.length} bot account(s):\n${names.join('\n')}${more}\n${what}`;
}

async function notifySysadmins(server: ServerContext, owner: UserRow, owned: BotWithUser[], disabled: boolean): Promise<void> {
  const message = sysadminMessage(owner, owned, disabled);
  for (const adminId of await getUserIdsWithAnyRole(server.db, ['system_admin'])) {
    const admin = await getUserById(server.db, adminId);
    if (!admin || admin.isBot) continue;
    const channel = await getOrCreateDirectChannel(server, standInSession(admin), admin.id, admin.id);
    await createPost(server, { channel_id: channel.id, type: 'system_generic', message }, { userId: admin.id, session: null, allowSystemType: true });
  }
}

export async function handleUserDeactivated(
  server: ServerContext,
  user: UserRow,
  log: (msg: string, err?: unknown) => void = (msg, err) => server.log.error(msg, errorFields(err)),
): Promise<void> {
  try {
    const owned = await activeBotsOf(server, user.id);
    if (owned.length === 0) return;
    const disable = server.config.get().ServiceSettings.DisableBotsWhenOwnerIsDeactivated;
    if (!user.isBot) await notifySysadmins(server, user, owned, disable).catch((err) => log('notifying system admins of an owner of bots failed', err));
    if (!disable) return;
    for (const bot of owned) {
      await setBotActive(server, bot, false).catch((err) => log(`disabling bot ${bot.user.username} failed`, err));
    }
  } catch (err) {
    log('handling the bots of a deactivated user failed', err);
  }
}
