import type { NewChannelMemberRow, NewTeamMemberRow, NewTeamRow, NewChannelRow, NewUserRow } from '../../db/schema';
import { createHash } from 'node:crypto';
import type { Random } from './random';
import type { SampleOptions } from './plan';
import { CHANNEL_WORDS, FIRST_NAMES, LAST_NAMES, POSITIONS, TEAM_WORDS } from './words';

export interface World {
  users: NewUserRow[];
  teams: NewTeamRow[];
  teamMembers: NewTeamMemberRow[];
  channels: NewChannelRow[];
  channelMembers: NewChannelMemberRow[];
  /** channel id → member user ids (for authors and mentions). */
  membersOf: Map<string, string[]>;
}

const NOTIFY = { email: 'true', push: 'mention', desktop: 'mention', desktop_sound: 'true', mention_keys: '', channel: 'true', comments: 'never', first_name: 'false' };
const CHANNEL_NOTIFY = { desktop: 'default', email: 'default', push: 'default', mark_unread: 'all', ignore_channel_mentions: 'default' };

/** Users (sysadmin first, like Mattermost's sampledata), teams, channels, DMs, GMs and memberships. */
export function buildPeople(rnd: Random, o: SampleOptions, passwordHash: string, start: number): World {
  const users: NewUserRow[] = [];
  for (let i = 0; i < o.users; i++) {
    const first = rnd.pick(FIRST_NAMES);
    const last = rnd.pick(LAST_NAMES);
    const username = i === 0 ? 'sysadmin' : `user-${i}`;
    users.push({
      id: rnd.id(), createAt: start, updateAt: start, username, email: `${username}@sample.mattermost.com`, emailVerified: true,
      password: passwordHash, firstName: first, lastName: last, nickname: rnd.chance(0.3) ? first.toLowerCase() : '', position: rnd.pick(POSITIONS),
      roles: i === 0 ? 'system_admin system_user' : 'system_user', notifyProps: NOTIFY, locale: 'en',
      timezone: { useAutomaticTimezone: 'true', automaticTimezone: '', manualTimezone: '' },
    });
  }
  const w: World = { users, teams: [], teamMembers: [], channels: [], channelMembers: [], membersOf: new Map() };
  const join = (channel: NewChannelRow, userId: string, admin = false) => {
    w.channelMembers.push({ channelId: channel.id, userId, schemeUser: true, schemeAdmin: admin, notifyProps: CHANNEL_NOTIFY, lastUpdateAt: start });
    w.membersOf.get(channel.id)!.push(userId);
  };
  const addChannel = (row: Omit<NewChannelRow, 'id' | 'createAt' | 'updateAt'>): NewChannelRow => {
    const channel = { ...row, id: rnd.id(), createAt: start, updateAt: start };
    w.channels.push(channel);
    w.membersOf.set(channel.id, []);
    return channel;
  };
  for (let t = 0; t < o.teams; t++) buildTeam(rnd, o, w, t, start, addChannel, join);
  buildDirect(rnd, o, w, addChannel, join);
  return w;
}

function buildTeam(
  rnd: Random, o: SampleOptions, w: World, t: number, start: number,
  addChannel: (row: Omit<NewChannelRow, 'id' | 'createAt' | 'updateAt'>) => NewChannelRow,
  join: (channel: NewChannelRow, userId: string, admin?: boolean) => void,
): void {
  const word = TEAM_WORDS[t % TEAM_WORDS.length];
  const team: NewTeamRow = {
    id: rnd.id(), createAt: start, updateAt: start, name: `${word}-${t}`, displayName: `${word[0].toUpperCase()}${word.slice(1)} ${t}`,
    type: 'O', allowOpenInvite: true, inviteId: rnd.id(), email: w.users[0].email,
  };
  w.teams.push(team);
  const members = t === 0 ? w.users : w.users.filter((u, i) => i === 0 || rnd.chance(0.6));
  members.forEach((u, i) => w.teamMembers.push({ teamId: team.id, userId: u.id, schemeUser: true, schemeAdmin: i === 0, createAt: start }));
  const defaults = [addChannel({ teamId: team.id, type: 'O', name: 'town-square', displayName: 'Town Square' }), addChannel({ teamId: team.id, type: 'O', name: 'off-topic', displayName: 'Off-Topic' })];
  for (const channel of defaults) for (const u of members) join(channel, u.id);
  for (let c = 0; c < o.channelsPerTeam; c++) {
    const word = CHANNEL_WORDS[c % CHANNEL_WORDS.length];
    const isPrivate = rnd.chance(0.25);
    const channel = addChannel({ teamId: team.id, type: isPrivate ? 'P' : 'O', name: `${word}-${c}`, displayName: `${word} ${c}`, purpose: `All about ${word}.`, creatorId: members[0].id });
    members.forEach((u, i) => (i === 0 || rnd.chance(o.channelJoinRatio)) && join(channel, u.id, i === 0));
  }
}

function buildDirect(
  rnd: Random, o: SampleOptions, w: World,
  addChannel: (row: Omit<NewChannelRow, 'id' | 'createAt' | 'updateAt'>) => NewChannelRow,
  join: (channel: NewChannelRow, userId: string) => void,
): void {
  const seen = new Set<string>();
  for (let i = 0; i < o.dms && w.users.length > 1; i++) {
    const [a, b] = rnd.sample(w.users, 2).map((u) => u.id).sort();
    const name = `${a}__${b}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const channel = addChannel({ teamId: '', type: 'D', name, displayName: '' });
    join(channel, a);
    join(channel, b);
  }
  for (let i = 0; i < o.gms && w.users.length > 3; i++) {
    const group = rnd.sample(w.users, 3 + rnd.int(Math.min(6, w.users.length - 2)));
    const ids = group.map((u) => u.id!).sort();
    const channel = addChannel({ teamId: '', type: 'G', name: createHash('sha1').update(ids.join('')).digest('hex'), displayName: group.map((u) => u.username).sort().join(', ').slice(0, 64) });
    for (const u of group) join(channel, u.id!);
  }
}
