import type { TeamRow, UserRow } from '../../db/schema';
import { getTeamByName, insertTeam } from '../../db/queries/teams';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';
import { createTeamChannel } from '../channels/createChannel';
import { joinTeam, OFF_TOPIC, TOWN_SQUARE } from './membership';
import { validateTeam, type TeamFields } from './validate';

export type NewTeamInput = Partial<TeamFields> & { allow_open_invite?: boolean };

/**
 * Mattermost's CreateTeamWithUser: the team (its email the creator's), its town-square and
 * off-topic channels, and the creator as its first member and team admin. One transaction.
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
  return server.db.transaction(async (tx) => {
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
    });
    const blank = { type: 'O', header: '', purpose: '' };
    await createTeamChannel(tx, team.id, { ...blank, name: TOWN_SQUARE, display_name: 'Town Square' }, null);
    await createTeamChannel(tx, team.id, { ...blank, name: OFF_TOPIC, display_name: 'Off-Topic' }, null);
    await joinTeam(server, tx, team, creator, { asAdmin: true });
    return team;
  });
}

export function teamExists(): AppError {
  return new AppError('app.team.save.existing.app_error', 'A team with that name already exists.', 400);
}
