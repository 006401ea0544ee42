import { and, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { param, prepared } from '../prepared';
import { teamMembers, teams, users, type NewTeamMemberRow, type NewTeamRow, type TeamMemberRow, type TeamRow } from '../schema';

export async function insertTeam(db: DbOrTx, row: NewTeamRow): Promise<TeamRow> {
  const [inserted] = await db.insert(teams).values(row).returning();
  return inserted;
}

const teamById = prepared((db) => db.select().from(teams).where(eq(teams.id, param('id'))).limit(1).prepare('team_by_id'));

export async function getTeamById(db: DbOrTx, id: string): Promise<TeamRow | undefined> {
  const [row] = await teamById(db).execute({ id });
  return row;
}

export async function getTeamByName(db: DbOrTx, name: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.name, name)).limit(1);
  return row;
}

export async function updateTeamFields(db: DbOrTx, id: string, fields: Partial<NewTeamRow>): Promise<TeamRow | undefined> {
  const [row] = await db.update(teams).set(fields).where(eq(teams.id, id)).returning();
  return row;
}

/** The membership row, active or left (delete_at > 0). */
const teamMember = prepared((db) =>
  db
    .select()
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, param('teamId')), eq(teamMembers.userId, param('userId'))))
    .limit(1)
    .prepare('team_member'),
);

export async function getTeamMemberRow(db: DbOrTx, teamId: string, userId: string): Promise<TeamMemberRow | undefined> {
  const [row] = await teamMember(db).execute({ teamId, userId });
  return row;
}

/** The active membership, or undefined when the user is not (or no longer) in the team. */
export async function getActiveTeamMember(db: DbOrTx, teamId: string, userId: string): Promise<TeamMemberRow | undefined> {
  const row = await getTeamMemberRow(db, teamId, userId);
  return row && row.deleteAt === 0 ? row : undefined;
}

export async function getActiveTeamMembersForUser(db: DbOrTx, userId: string): Promise<TeamMemberRow[]> {
  return db
    .select()
    .from(teamMembers)
    .where(and(eq(teamMembers.userId, userId), eq(teamMembers.deleteAt, 0)));
}

/**
 * Inserts the membership, or reactivates a left one with the given fields (as Mattermost's
 * JoinUserToTeam writes a fresh member over the left one: roles, scheme flags, create_at).
 */
export async function upsertTeamMember(db: DbOrTx, row: NewTeamMemberRow): Promise<TeamMemberRow> {
  const [saved] = await db
    .insert(teamMembers)
    .values(row)
    .onConflictDoUpdate({
      target: [teamMembers.teamId, teamMembers.userId],
      set: {
        deleteAt: 0,
        roles: row.roles ?? '',
        schemeUser: row.schemeUser ?? false,
        schemeAdmin: row.schemeAdmin ?? false,
        schemeGuest: row.schemeGuest ?? false,
        ...(row.createAt !== undefined ? { createAt: row.createAt } : {}),
      },
    })
    .returning();
  return saved;
}

export async function updateTeamMemberFields(
  db: DbOrTx,
  teamId: string,
  userId: string,
  fields: Partial<NewTeamMemberRow>,
): Promise<TeamMemberRow | undefined> {
  const [row] = await db
    .update(teamMembers)
    .set(fields)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
    .returning();
  return row;
}

export async function getTeamsByIds(db: DbOrTx, ids: string[]): Promise<TeamRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(teams).where(inArray(teams.id, ids));
}

/**
 * Mattermost's GetActiveMemberCount (and the count SaveMember checks MaxUsersPerTeam against):
 * memberships not left, of accounts not deactivated.
 */
export async function countActiveTeamMembers(db: DbOrTx, teamId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.deleteAt, 0), eq(users.deleteAt, 0)));
  return Number(row.n);
}

/** The users whose membership of the team is active (read before a team is deleted for good). */
export async function getActiveTeamMemberUserIds(db: DbOrTx, teamId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.deleteAt, 0)));
  return rows.map((r) => r.userId);
}
