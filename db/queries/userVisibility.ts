import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { teamMembers, teams, type TeamMemberRow } from '../schema';

/** Mattermost's GetUserTeamIds: the user's active memberships of teams that are not archived. */
export async function getMembershipsOfLiveTeams(db: DbOrTx, userId: string): Promise<TeamMemberRow[]> {
  const rows = await db
    .select({ member: teamMembers })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.userId, userId), eq(teamMembers.deleteAt, 0), eq(teams.deleteAt, 0)));
  return rows.map((r) => r.member);
}
