/**
 * Sign-up through an invitation (POST /users?t= and ?iid=), as Mattermost's
 * CreateUserWithToken and CreateUserWithInviteId: the account is created and joins the team
 * (its default channels, and the invitation's channels) in one transaction, so a refused join
 * leaves no account behind. TeamSettings.EnableOpenServer does not apply; the sign-up switches
 * and the creation domains do.
 */
import type { ChannelRow, TeamRow, TokenRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { getChannelsByIds } from '../../db/queries/channels';
import { getTeamByInviteId } from '../../db/queries/teamLists';
import { getTeamById } from '../../db/queries/teams';
import { listUsers } from '../../db/queries/users';
import { upsertPreferences } from '../../db/queries/preferences';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { addChannelMember } from '../channels/membership';
import { publishUserAdded } from '../channels/events';
import { joinUserToTeam } from '../teams/members';
import { isEmailAddressAllowed } from '../teams/domains';
import {
  consumeToken,
  findToken,
  INVITATION_EXPIRY_MS,
  TOKEN_TYPE_GUEST_INVITATION,
  TOKEN_TYPE_TEAM_INVITATION,
  tokenExtra,
} from '../tokens/tokens';
import { checkUnique, checkUserSignUpAllowed, insertNewUser, isUniqueViolation, type NewUserInput } from './createUser';

const signupLinkInvalid = (status: number) =>
  new AppError('api.user.create_user.signup_link_invalid.app_error', 'The signup link does not appear to be valid.', status);

/** Mattermost's GetTokenById: an unknown (or used) token is a 404. */
export async function getSignupToken(server: ServerContext, value: string): Promise<TokenRow> {
  const token = value.includes('\u0000') ? undefined : await findToken(server.db, value);
  if (!token) throw signupLinkInvalid(404);
  return token;
}

/**
 * The guest-invitation gate of Mattermost's createUser handler: guest accounts need a licence
 * (this server has none, so the answer is always the licence refusal), then GuestAccountsSettings.Enable.
 */
export function checkGuestInvitation(server: ServerContext, token: TokenRow): void {
  if (token.type !== TOKEN_TYPE_GUEST_INVITATION) return;
  throw new AppError('api.user.create_user.guest_accounts.license.app_error', 'Your license does not support guest accounts.', 400);
}

/** Mattermost's CreateUserWithToken. */
export async function createUserWithToken(server: ServerContext, input: NewUserInput, token: TokenRow): Promise<UserRow> {
  checkUserSignUpAllowed(server);
  if (token.type !== TOKEN_TYPE_TEAM_INVITATION && token.type !== TOKEN_TYPE_GUEST_INVITATION) throw signupLinkInvalid(400);
  if (nowMillis() - token.createAt >= INVITATION_EXPIRY_MS) {
    await consumeToken(server.db, token.token);
    throw new AppError('api.user.create_user.signup_link_expired.app_error', 'The signup link has expired.', 400);
  }
  const extra = tokenExtra<{ teamId: string; email: string; channels: string }>(token);
  const team = typeof extra.teamId === 'string' && extra.teamId ? await getTeamById(server.db, extra.teamId) : undefined;
  if (!team) throw new AppError('app.team.get.find.app_error', 'Unable to find the existing team.', 404);
  if (extra.email !== input.email) {
    throw new AppError('api.user.create_user.bad_token_email_data.app_error', 'The email in the invitation does not match the one provided.', 400);
  }
  const guest = token.type === TOKEN_TYPE_GUEST_INVITATION;
  const channelIds = typeof extra.channels === 'string' ? extra.channels.split(' ').filter(Boolean) : [];
  return signUpIntoTeam(server, { ...input, email: extra.email }, team, {
    guest,
    emailVerified: true,
    channelIds,
    onCommit: (tx) => consumeToken(tx, token.token).then(() => undefined),
  });
}

/** Mattermost's CreateUserWithInviteId: the team's invite link; the address must be in the team's allowed domains. */
export async function createUserWithInviteId(server: ServerContext, input: NewUserInput, inviteId: string): Promise<UserRow> {
  checkUserSignUpAllowed(server);
  const team = await getTeamByInviteId(server.db, inviteId);
  if (!team) throw new AppError('app.team.get_by_invite_id.finding.app_error', 'Unable to find the existing team.', 404);
  if (team.groupConstrained === true) {
    throw new AppError('app.team.invite_id.group_constrained.error', 'Unable to join a group-constrained team by invite.', 403);
  }
  const email = (input.email ?? '').trim().toLowerCase();
  if (!isEmailAddressAllowed(email, [team.allowedDomains])) {
    throw new AppError(
      'api.team.invite_members.invalid_email.app_error',
      `The following email addresses do not belong to an accepted domain: ${team.allowedDomains}.`,
      403,
      '',
      { Addresses: team.allowedDomains },
    );
  }
  return signUpIntoTeam(server, input, team, { guest: false, emailVerified: false, channelIds: [] });
}

interface SignUpOptions {
  guest: boolean;
  emailVerified: boolean;
  /** The invitation's channels (their team's, not archived), joined after the team. */
  channelIds: string[];
  /** Last write of the transaction (using up the token). */
  onCommit?: (tx: DbOrTx) => Promise<void>;
}

/** Creates the account, joins it to the team and its channels, in one transaction; events after the commit. */
async function signUpIntoTeam(server: ServerContext, input: NewUserInput, team: TeamRow, opts: SignUpOptions): Promise<UserRow> {
  let done: { user: UserRow; publish: () => Promise<void> };
  try {
    done = await server.db.transaction(async (tx: DbOrTx) => {
      const created = await insertNewUser(server, tx, input, { asAdmin: false, invited: true, guest: opts.guest, emailVerified: opts.emailVerified });
      const joined = await joinUserToTeam(server, tx, team, created.user);
      await addDirectChannelPreferences(tx, team.id, created.user.id);
      const channels = await joinInvitationChannels(tx, team, created.user, opts.channelIds);
      if (opts.onCommit) await opts.onCommit(tx);
      return {
        user: created.user,
        publish: async () => {
          await created.publish();
          joined.publish();
          for (const channel of channels) publishUserAdded(server, channel, created.user.id);
        },
      };
    });
  } catch (err) {
    // A concurrent sign-up took the name or address: answer as Mattermost's store does.
    if (isUniqueViolation(err)) {
      await checkUnique(server.db, (input.username ?? '').trim().toLowerCase(), (input.email ?? '').trim().toLowerCase());
    }
    throw err;
  }
  await done.publish();
  return done.user;
}

/** Mattermost's AddDirectChannels: direct_channel_show for up to 10 of the team's first 100 members. */
async function addDirectChannelPreferences(db: DbOrTx, teamId: string, userId: string): Promise<void> {
  const members = await listUsers(db, { inTeam: teamId, limit: 100, includeBots: true });
  const names = members.filter((u) => u.id !== userId).slice(0, 10);
  await upsertPreferences(
    db,
    names.map((u) => ({ userId, category: 'direct_channel_show', name: u.id, value: 'true' })),
  );
}

async function joinInvitationChannels(db: DbOrTx, team: TeamRow, user: UserRow, channelIds: string[]): Promise<ChannelRow[]> {
  if (channelIds.length === 0) return [];
  const joined: ChannelRow[] = [];
  for (const channel of await getChannelsByIds(db, channelIds)) {
    if (channel.teamId !== team.id || channel.deleteAt !== 0) continue;
    await addChannelMember(db, channel, user);
    joined.push(channel);
  }
  return joined;
}
