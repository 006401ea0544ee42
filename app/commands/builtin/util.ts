/** Helpers shared by the built-in slash commands. */
import { getChannelByName } from '../../../db/queries/channels';
import { getUserByUsername } from '../../../db/queries/users';
import type { ChannelRow, TeamRow, UserRow } from '../../../db/schema';
import type { ServerContext } from '../../../server/context';
import { AppError } from '../../../server/http/appError';
import { createPost } from '../../posts/createPost';
import type { BuiltinContext } from '../types';

/** `@name` or `name` to a user (usernames are stored lower case). */
export async function userByMention(server: ServerContext, word: string): Promise<UserRow | undefined> {
  const name = word.replace(/^@/, '').replace(/[.,;:!?]+$/, '');
  if (!name) return undefined;
  return getUserByUsername(server.db, name);
}

/** `~name` or `name` to a channel of the team. */
export async function channelByMention(server: ServerContext, teamId: string, word: string): Promise<ChannelRow | undefined> {
  const name = word.replace(/^~/, '');
  if (!name || !teamId) return undefined;
  return getChannelByName(server.db, teamId, name);
}

export function channelUrl(siteUrl: string, team: TeamRow | undefined, channelName: string): string {
  return `${siteUrl}/${team?.name ?? ''}/channels/${channelName}`;
}

/** The first word of the text and the rest. */
export function firstWord(text: string): [string, string] {
  const trimmed = text.trim();
  const i = trimmed.search(/\s/);
  return i === -1 ? [trimmed, ''] : [trimmed.slice(0, i), trimmed.slice(i + 1).trim()];
}

/** A post by the caller, with the caller's permissions checked as for any post. */
export async function postAsCaller(ctx: BuiltinContext, channelId: string, message: string, rootId = ''): Promise<void> {
  await createPost(ctx.server, { channel_id: channelId, message, root_id: rootId || undefined }, { userId: ctx.user.id, session: ctx.args.session });
}

/** An AppError's message, for a built-in command that answers errors as ephemeral text. */
export function errorText(err: unknown, fallback: string): string {
  if (err instanceof AppError) return err.message || fallback;
  throw err;
}
