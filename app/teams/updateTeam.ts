/**
 * Writing a team back as Mattermost's TeamStore.Update does (PreUpdate, IsValid), and the app
 * operations built on it: update (the copied fields only), patch, privacy, invite id,
 * archive, restore and permanent deletion. After its commit each announces the team to its
 * members (update_team, delete_team, restore_team; app/teams/events.ts).
 */
import type { NewTeamRow, TeamRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { getActiveTeamMemberUserIds, updateTeamFields } from '../../db/queries/teams';
import { permanentlyDeleteTeam as deleteTeamRows } from '../../db/queries/teamLists';
import type { ServerContext } from '../../server/context';
import { newId, nowMillis } from '../../server/ids';
import { checkAllowedDomainsAgainstServer } from './domains';
import { getTeamOr404, teamNotFound } from './access';
import { validateTeam } from './validate';
import { sanitizeUnicode, withoutNul } from './sanitize';
import { publishTeamEvent } from './events';

/**
 * Mattermost keeps a team's type and open-invite flag in step on every save: an invite-only
 * team never allows open invites, and a team without open invites is invite-only.
 */
export function syncTypeAndOpenInvite(fields: { type: string; allowOpenInvite: boolean }): { type: string; allowOpenInvite: boolean } {
  let { type, allowOpenInvite } = fields;
  if (type === 'I') allowOpenInvite = false;
  if (allowOpenInvite) {
    if (type !== 'I') type = 'O';
  } else {
    type = 'I';
  }
  return { type, allowOpenInvite };
}

/** Saves the edited team: update_at, type/open-invite in step, Mattermost's validation. */
export async function saveTeam(db: DbOrTx, team: TeamRow): Promise<TeamRow> {
  const synced = syncTypeAndOpenInvite(team);
  const next: TeamRow = {
    ...team,
    ...synced,
    updateAt: nowMillis(),
    name: sanitizeUnicode(team.name),
    displayName: sanitizeUnicode(team.displayName),
    description: sanitizeUnicode(team.description),
    companyName: sanitizeUnicode(team.companyName),
    allowedDomains: withoutNul(team.allowedDomains),
  };
  const invalid = validateTeam({
    name: next.name,
    display_name: next.displayName,
    type: next.type,
    email: next.email,
    description: next.description,
    company_name: next.companyName,
    allowed_domains: next.allowedDomains,
  });
  if (invalid) throw invalid;
  const { id, createAt, ...fields } = next;
  void createAt;
  const saved = await updateTeamFields(db, id, fields satisfies Partial<NewTeamRow>);
  if (!saved) throw teamNotFound();
  return saved;
}

/** The fields of a full team body that Mattermost's UpdateTeam copies onto the stored team. */
export interface TeamUpdate {
  display_name: string;
  description: string;
  allow_open_invite: boolean;
  company_name: string;
  allowed_domains: string;
  last_team_icon_update: number;
  group_constrained: boolean | null;
}

export async function updateTeam(server: ServerContext, teamId: string, update: TeamUpdate): Promise<TeamRow> {
  const saved = await server.db.transaction(async (tx) => {
    const team = await getTeamOr404(tx, teamId);
    const domainError = checkAllowedDomainsAgainstServer(update.allowed_domains, server.config.get());
    if (domainError) throw domainError;
    return saveTeam(tx, {
      ...team,
      displayName: update.display_name,
      description: update.description,
      allowOpenInvite: update.allow_open_invite,
      companyName: update.company_name,
      allowedDomains: update.allowed_domains,
      lastTeamIconUpdate: update.last_team_icon_update,
      groupConstrained: update.group_constrained,
    });
  });
  publishTeamEvent(server, 'update_team', saved);
  return saved;
}

export interface TeamPatch {
  display_name?: string;
  description?: string;
  company_name?: string;
  allowed_domains?: string;
  allow_open_invite?: boolean;
  group_constrained?: boolean;
  cloud_limits_archived?: boolean;
}

/** Mattermost's PatchTeam: closing open invites also replaces the invite id. */
export async function patchTeam(server: ServerContext, teamId: string, patch: TeamPatch): Promise<TeamRow> {
  const saved = await server.db.transaction(async (tx) => {
    const team = await getTeamOr404(tx, teamId);
    const next: TeamRow = { ...team };
    if (patch.display_name !== undefined) next.displayName = patch.display_name;
    if (patch.description !== undefined) next.description = patch.description;
    if (patch.company_name !== undefined) next.companyName = patch.company_name;
    if (patch.allowed_domains !== undefined) next.allowedDomains = patch.allowed_domains;
    if (patch.allow_open_invite !== undefined) {
      if (!patch.allow_open_invite) next.inviteId = newId();
      next.allowOpenInvite = patch.allow_open_invite;
    }
    if (patch.group_constrained !== undefined) next.groupConstrained = patch.group_constrained;
    if (patch.cloud_limits_archived !== undefined) next.cloudLimitsArchived = patch.cloud_limits_archived;
    const domainError = checkAllowedDomainsAgainstServer(next.allowedDomains, server.config.get());
    if (domainError) throw domainError;
    return saveTeam(tx, next);
  });
  publishTeamEvent(server, 'update_team', saved);
  return saved;
}

/**
 * Mattermost's UpdateTeamPrivacy: 'O' opens the team to everyone, 'I' makes it invite-only;
 * a change that restricts the team replaces its invite id.
 */
export async function updateTeamPrivacy(server: ServerContext, teamId: string, privacy: 'O' | 'I'): Promise<TeamRow> {
  const allowOpenInvite = privacy === 'O';
  const saved = await server.db.transaction(async (tx) => {
    const team = await getTeamOr404(tx, teamId);
    const changed = allowOpenInvite !== team.allowOpenInvite || privacy !== team.type;
    const restricting = privacy === 'I';
    return saveTeam(tx, { ...team, type: privacy, allowOpenInvite, inviteId: changed && restricting ? newId() : team.inviteId });
  });
  publishTeamEvent(server, 'update_team', saved);
  return saved;
}

export async function regenerateInviteId(server: ServerContext, teamId: string): Promise<TeamRow> {
  const saved = await server.db.transaction(async (tx) => saveTeam(tx, { ...(await getTeamOr404(tx, teamId)), inviteId: newId() }));
  publishTeamEvent(server, 'update_team', saved);
  return saved;
}

/** Archives (deleteAt now; delete_team) or restores (deleteAt 0; restore_team) the team. */
export async function setTeamDeleteAt(server: ServerContext, teamId: string, archived: boolean): Promise<TeamRow> {
  const saved = await server.db.transaction(async (tx) => saveTeam(tx, { ...(await getTeamOr404(tx, teamId)), deleteAt: archived ? nowMillis() : 0 }));
  publishTeamEvent(server, archived ? 'delete_team' : 'restore_team', saved);
  return saved;
}

/**
 * Mattermost's PermanentDeleteTeam: the team (marked deleted first, so the event carries its
 * delete_at) and everything hanging off it go; `delete_team` then reaches those who were its
 * members.
 */
export async function deleteTeamPermanently(server: ServerContext, teamId: string): Promise<void> {
  const { team, members } = await server.db.transaction(async (tx) => {
    const marked = await saveTeam(tx, { ...(await getTeamOr404(tx, teamId)), deleteAt: nowMillis() });
    const memberIds = await getActiveTeamMemberUserIds(tx, teamId);
    await deleteTeamRows(tx, teamId);
    return { team: marked, members: memberIds };
  });
  publishTeamEvent(server, 'delete_team', team, members);
}
