/**
 * Channels as the API returns them: Mattermost's FillInChannelsProps resolves the ~channel
 * mentions of each header to the public channels they name (props.channel_mentions), and the
 * System Console lists carry team data (ChannelWithTeamData) or a sanitized channel.
 */
import type { ChannelRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { liveChannelsByNames, type ChannelWithTeamRow } from '../../db/queries/channelLists';
import { toApiChannel, type ApiChannel } from './serialize';

const CHANNEL_MENTION = /\B~[a-zA-Z0-9\-_]+/g;

/** The distinct ~names a text mentions, in order (model.ChannelMentions). */
export function channelMentions(text: string): string[] {
  if (!text.includes('~')) return [];
  return [...new Set((text.match(CHANNEL_MENTION) ?? []).map((m) => m.slice(1)))];
}

/** The channels as API objects, header mentions of public channels resolved into props. */
export async function withChannelProps(db: DbOrTx, rows: ChannelRow[]): Promise<ApiChannel[]> {
  const out = rows.map(toApiChannel);
  const byTeam = new Map<string, number[]>();
  rows.forEach((row, i) => byTeam.set(row.teamId, [...(byTeam.get(row.teamId) ?? []), i]));
  for (const [teamId, indexes] of byTeam) {
    const mentions = new Map(indexes.map((i) => [i, channelMentions(rows[i].header)]));
    const names = [...new Set([...mentions.values()].flat())];
    if (names.length === 0) continue;
    const found = new Map((await liveChannelsByNames(db, teamId, names)).map((c) => [c.name, c]));
    for (const i of indexes) {
      const resolved: Record<string, { display_name: string }> = {};
      for (const name of mentions.get(i)!) {
        const channel = found.get(name);
        if (channel && channel.type === 'O') resolved[channel.name] = { display_name: channel.displayName };
      }
      const current = out[i].props;
      if (Object.keys(resolved).length) {
        out[i] = { ...out[i], props: { ...(current ?? {}), channel_mentions: resolved } };
      } else if (current && 'channel_mentions' in current) {
        const { channel_mentions: _dropped, ...rest } = current;
        out[i] = { ...out[i], props: rest };
      }
    }
  }
  return out;
}

export async function withChannelPropsOne(db: DbOrTx, row: ChannelRow): Promise<ApiChannel> {
  return (await withChannelProps(db, [row]))[0];
}

export type ApiChannelWithTeamData = ApiChannel & { team_display_name: string; team_name: string; team_update_at: number };

/** Mattermost's Channel.Sanitize: only id, team, type and display name survive. */
export function sanitizedChannel(row: ChannelRow): ApiChannel {
  return {
    id: row.id,
    create_at: 0,
    update_at: 0,
    delete_at: 0,
    team_id: row.teamId,
    type: row.type as ApiChannel['type'],
    display_name: row.displayName,
    name: '',
    header: '',
    purpose: '',
    last_post_at: 0,
    total_msg_count: 0,
    extra_update_at: 0,
    creator_id: '',
    scheme_id: null,
    props: null,
    group_constrained: null,
    shared: null,
    total_msg_count_root: 0,
    policy_id: null,
    last_root_post_at: 0,
  };
}

export function toChannelWithTeamData(row: ChannelWithTeamRow, sanitize: boolean): ApiChannelWithTeamData {
  const channel = sanitize ? sanitizedChannel(row.channel) : toApiChannel(row.channel);
  return { ...channel, team_display_name: row.teamDisplayName, team_name: row.teamName, team_update_at: row.teamUpdateAt };
}
