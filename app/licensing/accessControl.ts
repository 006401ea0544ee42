/**
 * The authorization steps of Mattermost's access-control (ABAC) endpoints, which run before
 * the Policy Administration Point is reached: system admins pass on manage_system; team
 * admins through manage_team_access_rules on a `team_id` they name; channel admins through
 * manage_channel_access_rules on a `channelId` they name. On Team Edition whatever passes
 * then meets the missing PAP (501, app/licensing/errors.ts PapErrors).
 */
import type { ServerContext } from '../../server/context';
import type { Session } from '../sessions/types';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_CHANNEL_ACCESS_RULES, MANAGE_SYSTEM, MANAGE_TEAM_ACCESS_RULES } from '../../server/permissions/permissionIds';
import { getChannelById } from '../../db/queries/channels';
import { PapErrors } from './errors';

export interface AcContext {
  server: ServerContext;
  session: Session | null;
}

export const isSystemManager = (ctx: AcContext) => hasSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);

/** A JSON object body, else Mattermost's invalid-param error naming `name`. */
export function objectBody(body: unknown, name: string): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw Errors.invalidBodyParam(name);
  return body as Record<string, unknown>;
}

export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** An optional id: empty is fine, anything else must be a valid id (400 naming `name`). */
export function optionalId(value: string, name: string): string {
  if (value !== '' && !isValidId(value)) throw Errors.invalidBodyParam(name);
  return value;
}

/** RequirePolicyId: the policy id path parameter must be a valid id. */
export function requirePolicyId(raw: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam('policy_id');
  return raw;
}

/** The caller manages access rules of `teamId`, and a named channel belongs to that team. */
export async function teamAdminContextOk(ctx: AcContext, channelId: string, teamId: string): Promise<boolean> {
  if (!isValidId(teamId)) return false;
  if (!(await hasTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM_ACCESS_RULES))) return false;
  if (channelId === '') return true;
  if (!isValidId(channelId)) return false;
  const channel = await getChannelById(ctx.server.db, channelId);
  return channel?.teamId === teamId;
}

/** The CEL tooling check: system admin, else team admin context, else channel admin of `channelId`. */
export async function authorizeCel(ctx: AcContext, channelId: string, teamId: string): Promise<void> {
  if (isSystemManager(ctx)) return;
  if (await teamAdminContextOk(ctx, channelId, teamId)) return;
  if (channelId === '') throw Errors.permission(MANAGE_SYSTEM);
  if (!(await hasChannelPermission(ctx.server, ctx.session, channelId, MANAGE_CHANNEL_ACCESS_RULES))) {
    throw Errors.permission(MANAGE_CHANNEL_ACCESS_RULES);
  }
}

/**
 * The check of the endpoints about one existing policy: system admin; else (the channel-admin
 * path needs the policy, which the missing PAP cannot give) a team admin naming `teamId`,
 * whose ownership check needs the policy too; else 403 manage_system.
 */
export async function authorizePolicyAccess(ctx: AcContext, teamId: string): Promise<void> {
  if (isSystemManager(ctx)) return;
  if (isValidId(teamId) && (await hasTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM_ACCESS_RULES))) {
    throw PapErrors.getPolicy();
  }
  throw Errors.permission(MANAGE_SYSTEM);
}

/** The delete/assign variant: a named team must be managed (403 manage_team_access_rules), then ownership. */
export async function authorizeTeamScopedWrite(ctx: AcContext, teamId: string): Promise<void> {
  if (isSystemManager(ctx)) return;
  if (!isValidId(teamId)) throw Errors.permission(MANAGE_SYSTEM);
  if (!(await hasTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM_ACCESS_RULES))) {
    throw Errors.permission(MANAGE_TEAM_ACCESS_RULES);
  }
  throw PapErrors.getPolicy();
}

/** Checks that apply to a channel a channel admin wants a policy on, in Mattermost's order. */
export async function validateChannelForPolicy(ctx: AcContext, channelId: string): Promise<void> {
  const channel = await getChannelById(ctx.server.db, channelId);
  if (!channel) throw new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
  if (!(await hasChannelPermission(ctx.server, ctx.session, channel, MANAGE_CHANNEL_ACCESS_RULES))) {
    throw new AppError('app.pap.access_control.insufficient_channel_permissions', 'You do not have permission to manage access rules of this channel.', 403);
  }
  if (channel.type !== 'O' && channel.type !== 'P') {
    throw new AppError('app.pap.access_control.channel_type_not_supported', 'Policies can only be applied to public or private channels.', 400);
  }
  if (channel.groupConstrained) throw new AppError('app.pap.access_control.channel_group_constrained', 'The channel is group constrained.', 400);
  if (channel.shared) throw new AppError('app.pap.access_control.channel_shared', 'The channel is shared.', 400);
  const defaults = ['town-square', ...ctx.server.config.get().TeamSettings.ExperimentalDefaultChannels];
  if (defaults.includes(channel.name)) throw new AppError('app.pap.access_control.channel_default', 'The channel is a default channel of its team.', 400);
}
