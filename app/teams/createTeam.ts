import type { TeamRow, UserRow } from '../../db/schema';
import { getTeamByName, insertTeam } from '../../db/queries/teams';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';
import { createTeamChannel } from '../channels/createChannel';
import { OFF_TOPIC, TOWN_SQUARE } from './membership';
import { joinUserToTeam } from './members';
import { validateTeam, type TeamFields } from './validate';

export type NewTeamInput = Partial<TeamFields> & { allow_open_invite?: boolean; scheme_id?: string | null; group_constrained?: boolean | null };

/**
 * Mattermost's CreateTeamWithUser: the team (its email the creator's; a scheme id and the group
 * constraint stored as given, as an unlicensed Mattermost stores them), its town-square and
 * off-topic channels, and the creator as its first member, team admin and admin of both
 * channels (JoinUserToTeam: the creator's address is the team's). One transaction; then the
 * join's messages and events (app/teams/members.ts).
 */
export async function createTeam(server: ServerContext, input: NewTeamInput, creator: UserRow): Promise<TeamRow> {
  const fields: TeamFields = {
    name: input.name ?? '',
    display_name: input.display_name ?? '',
    type: input.type ?? '',
    email: creator.email,
    description: input.description ?? '',
    company_name: input.company_name ?? '',
    allowed_domains: input.allowed_domains ?? '',
  };
  const invalid = validateTeam(fields);
  if (invalid) throw invalid;
  const { team, publish } = await server.db.transaction(async (tx) => {
    if (await getTeamByName(tx, fields.name)) throw teamExists();
    const now = nowMillis();
    const team = await insertTeam(tx, {
      id: newId(),
      createAt: now,
      updateAt: now,
      displayName: fields.display_name,
      name: fields.name,
      description: fields.description,
      email: fields.email,
      type: fields.type,
      companyName: fields.company_name,
      allowedDomains: fields.allowed_domains,
      inviteId: newId(),
      allowOpenInvite: input.allow_open_invite ?? false,
      schemeId: input.scheme_id ?? null,
      groupConstrained: input.group_constrained ?? null,
    });
    const blank = { type: 'O', header: '', purpose: '' };
    await createTeamChannel(tx, team.id, { ...blank, name: TOWN_SQUARE, display_name: 'Town Square' }, null);
    await createTeamChannel(tx, team.id, { ...blank, name: OFF_TOPIC, display_name: 'Off-Topic' }, null);
    const joined = await joinUserToTeam(server, tx, team, creator);
    return { team, publish: joined.publish };
  });
  publish();
  return team;
}

export function teamExists(): AppError {
  return new AppError('app.team.save.existing.app_error', 'A team with that name already exists.', 400);
}
