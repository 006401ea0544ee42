/**
 * The role names a team or channel membership carries: its explicit roles, then the scheme
 * roles its flags stand for (Mattermost's TeamMember/ChannelMember GetRoles, default scheme).
 */
interface SchemeFlags {
  roles: string;
  schemeGuest: boolean;
  schemeUser: boolean;
  schemeAdmin: boolean;
}

export function teamMemberRoleNames(member: SchemeFlags): string {
  return withSchemeRoles(member, 'team');
}

export function channelMemberRoleNames(member: SchemeFlags): string {
  return withSchemeRoles(member, 'channel');
}

function withSchemeRoles(member: SchemeFlags, scope: 'team' | 'channel'): string {
  const names = member.roles.split(' ').filter(Boolean);
  if (member.schemeGuest) names.push(`${scope}_guest`);
  if (member.schemeUser) names.push(`${scope}_user`);
  if (member.schemeAdmin) names.push(`${scope}_admin`);
  return [...new Set(names)].join(' ');
}

/** Splits a roles string given by a client into explicit roles and scheme flags (Mattermost's UpdateMemberRoles). */
export function splitSchemeRoles(roles: string, scope: 'team' | 'channel'): SchemeFlags {
  const explicit: string[] = [];
  const flags = { schemeGuest: false, schemeUser: false, schemeAdmin: false };
  for (const name of roles.split(' ').filter(Boolean)) {
    if (name === `${scope}_guest`) flags.schemeGuest = true;
    else if (name === `${scope}_user`) flags.schemeUser = true;
    else if (name === `${scope}_admin`) flags.schemeAdmin = true;
    else explicit.push(name);
  }
  return { roles: explicit.join(' '), ...flags };
}
