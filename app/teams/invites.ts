/**
 * Email invitations to a team (Mattermost's InviteNewUsersToTeam[Gracefully] and
 * AddUserToTeamByToken): a single-use team_invitation token per address, mailed as a sign-up
 * link; the token joins whoever signs in with it to the team within 48 hours.
 */
import type { ChannelRow, TeamMemberRow, TeamRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { getChannelsByIds } from '../../db/queries/channels';
import type { ServerContext } from '../../server/context';
import type { MattermostConfig } from '../../server/config';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { sendTeamInviteEmail } from '../email';
import {
  consumeToken,
  createToken,
  findToken,
  INVITATION_EXPIRY_MS,
  TOKEN_TYPE_GUEST_INVITATION,
  TOKEN_TYPE_TEAM_INVITATION,
  tokenExtra,
} from '../tokens/tokens';
import { addChannelMember, isGuest } from '../channels/membership';
import { publishUserAdded } from '../channels/events';
import { allowedDomainsFor, isEmailAddressAllowed } from './domains';
import { getTeamOr404, getUserOr404, isGroupConstrained } from './access';
import { joinUserToTeam } from './members';

export interface EmailInviteResult {
  email: string;
  error: { id: string; message: string; detailed_error: string; status_code: number } | null;
}

function asListError(err: AppError): NonNullable<EmailInviteResult['error']> {
  return { id: err.id, message: err.message, detailed_error: '', status_code: err.statusCode };
}

const invalidEmails = (addresses: string) =>
  new AppError('api.team.invite_members.invalid_email.app_error', `The following email addresses do not belong to an accepted domain: ${addresses}.`, 400, '', {
    Addresses: addresses,
  });

/** Mattermost's User.GetDisplayName for TeamSettings.TeammateNameDisplay. */
export function displayName(user: UserRow, config: MattermostConfig): string {
  const fullName = `${user.firstName} ${user.lastName}`.trim();
  switch (config.TeamSettings.TeammateNameDisplay) {
    case 'full_name':
      return fullName || user.username;
    case 'nickname_full_name':
      return user.nickname || fullName || user.username;
    default:
      return user.username;
  }
}

interface InviteContext {
  team: TeamRow;
  sender: UserRow;
  siteUrl: string;
  channelIds: string[];
}

async function prepare(server: ServerContext, teamId: string, senderId: string, channelIds: string[]): Promise<{ team: TeamRow; sender: UserRow }> {
  const team = await getTeamOr404(server.db, teamId).catch(() => {
    throw new AppError('app.team.get_by_invite_id.finding.app_error', 'Unable to find the existing team.', 404);
  });
  const sender = await getUserOr404(server.db, senderId);
  for (const channel of await getChannelsByIds(server.db, channelIds)) {
    if (channel.teamId !== teamId) {
      throw new AppError('api.team.invite_guests.channel_in_invalid_team.app_error', 'The channels of the invitation must belong to the team.', 400);
    }
  }
  return { team, sender };
}

/** Mints the token and mails the link; rejects when the mail cannot be sent. */
async function sendInvite(server: ServerContext, ctx: InviteContext, email: string): Promise<void> {
  const extra: Record<string, string> = { teamId: ctx.team.id, email };
  if (ctx.channelIds.length) extra.channels = ctx.channelIds.join(' ');
  const token = await createToken(server.db, TOKEN_TYPE_TEAM_INVITATION, extra);
  const config = server.config.get();
  await sendTeamInviteEmail(config, {
    to: email,
    senderName: displayName(ctx.sender, config),
    teamId: ctx.team.id,
    teamName: ctx.team.name,
    teamDisplayName: ctx.team.displayName,
    token: token.token,
    siteUrl: ctx.siteUrl,
  });
}

/** Non-graceful: every address must be in an allowed domain; mail failures are not reported. */
export async function inviteUsersToTeam(server: ServerContext, teamId: string, senderId: string, emails: string[], siteUrl: string): Promise<void> {
  const { team, sender } = await prepare(server, teamId, senderId, []);
  const allowed = allowedDomainsFor(sender, team, server.config.get());
  const refused = emails.filter((email) => !isEmailAddressAllowed(email, allowed));
  if (refused.length) throw invalidEmails(refused.join(', '));
  const ctx: InviteContext = { team, sender, siteUrl, channelIds: [] };
  for (const email of emails) {
    if (!email) continue;
    await sendInvite(server, ctx, email).catch(() => {});
  }
}

/**
 * Graceful: one answer per address. Addresses outside the allowed domains get an error; if a
 * mail cannot be sent, every address not yet refused gets Mattermost's "unable to send" error.
 */
export async function inviteUsersToTeamGracefully(
  server: ServerContext,
  teamId: string,
  senderId: string,
  emails: string[],
  channelIds: string[],
  siteUrl: string,
): Promise<EmailInviteResult[]> {
  const { team, sender } = await prepare(server, teamId, senderId, channelIds);
  const config = server.config.get();
  const allowed = allowedDomainsFor(sender, team, config);
  const results: EmailInviteResult[] = emails.map((email) => ({
    email,
    error: isEmailAddressAllowed(email, allowed) ? null : asListError(invalidEmails(email)),
  }));
  const ctx: InviteContext = { team, sender, siteUrl, channelIds };
  for (const result of results) {
    if (result.error || !result.email) continue;
    try {
      await sendInvite(server, ctx, result.email);
    } catch {
      const defaults = config.EmailSettings.SMTPServer === 'localhost' && config.EmailSettings.SMTPPort === '10025';
      const failure = defaults
        ? new AppError('api.team.invite_members.unable_to_send_email_with_defaults.app_error', 'SMTP is not configured in System Console', 500)
        : new AppError('api.team.invite_members.unable_to_send_email.app_error', 'Error sending email', 500);
      for (const r of results) if (!r.error) r.error = asListError(failure);
      break;
    }
  }
  return results;
}

const invalidLink = () => new AppError('api.user.create_user.signup_link_invalid.app_error', 'The signup link does not appear to be valid.', 400);

/**
 * Mattermost's AddUserToTeamByToken: a live team or guest invitation whose kind matches the
 * user (guests only by guest invitations) joins the team (a guest invitation also its
 * channels) and is used up. An expired token is deleted.
 */
export async function joinTeamByToken(server: ServerContext, userId: string, tokenValue: string): Promise<TeamMemberRow> {
  if (tokenValue.includes('\u0000')) throw invalidLink();
  const token = await findToken(server.db, tokenValue);
  if (!token || (token.type !== TOKEN_TYPE_TEAM_INVITATION && token.type !== TOKEN_TYPE_GUEST_INVITATION)) throw invalidLink();
  if (nowMillis() - token.createAt >= INVITATION_EXPIRY_MS) {
    await consumeToken(server.db, token.token);
    throw new AppError('api.user.create_user.signup_link_expired.app_error', 'The signup link has expired.', 400);
  }
  const extra = tokenExtra<{ teamId: string; channels: string }>(token);
  const { member, publish } = await server.db.transaction(async (tx: DbOrTx) => {
    const team = await getTeamOr404(tx, typeof extra.teamId === 'string' ? extra.teamId : '');
    if (isGroupConstrained(team)) {
      throw new AppError('app.team.invite_token.group_constrained.error', 'Unable to join a group-constrained team by token.', 403);
    }
    const user = await getUserOr404(tx, userId);
    const guestToken = token.type === TOKEN_TYPE_GUEST_INVITATION;
    if (isGuest(user) !== guestToken) {
      throw new AppError('api.user.create_user.invalid_invitation_type.app_error', 'Invalid invitation type.', 400);
    }
    const joined = await joinUserToTeam(server, tx, team, user);
    const guestChannels: ChannelRow[] = [];
    if (guestToken && typeof extra.channels === 'string') {
      const ids = extra.channels.split(' ').filter(Boolean);
      for (const channel of await getChannelsByIds(tx, ids)) {
        if (channel.teamId === team.id && channel.deleteAt === 0) {
          await addChannelMember(tx, channel, user);
          guestChannels.push(channel);
        }
      }
    }
    await consumeToken(tx, token.token);
    return {
      member: joined.value,
      publish: () => {
        joined.publish();
        // Mattermost's AddUserToChannel for each channel of a guest invitation: no message, user_added.
        for (const channel of guestChannels) publishUserAdded(server, channel, user.id);
      },
    };
  });
  publish();
  return member;
}
