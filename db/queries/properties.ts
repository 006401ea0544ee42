/** SQL over the property tables (groups, fields, values). No permissions here. */
import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  propertyFields,
  propertyGroups,
  propertyValues,
  type NewPropertyFieldRow,
  type PropertyFieldRow,
  type PropertyGroupRow,
  type PropertyValueRow,
} from '../schema';

export async function getPropertyGroupByName(db: DbOrTx, name: string): Promise<PropertyGroupRow | undefined> {
  const [row] = await db.select().from(propertyGroups).where(eq(propertyGroups.name, name)).limit(1);
  return row;
}

/** Registers a group once; a name already taken keeps its row. */
export async function insertPropertyGroup(db: DbOrTx, row: PropertyGroupRow): Promise<void> {
  await db.insert(propertyGroups).values(row).onConflictDoNothing({ target: propertyGroups.name });
}

export async function getLivePropertyField(db: DbOrTx, groupId: string, id: string): Promise<PropertyFieldRow | undefined> {
  const [row] = await db
    .select()
    .from(propertyFields)
    .where(and(eq(propertyFields.id, id), eq(propertyFields.groupId, groupId), eq(propertyFields.deleteAt, 0)))
    .limit(1);
  return row;
}

export async function getLivePropertyFields(db: DbOrTx, groupId: string, ids: string[]): Promise<PropertyFieldRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(propertyFields)
    .where(and(inArray(propertyFields.id, ids), eq(propertyFields.groupId, groupId), eq(propertyFields.deleteAt, 0)));
}

export interface FieldSearch {
  groupId: string;
  objectType: string;
  /** Any of these scopes ({targetType, targetId}; a system scope has an empty id). */
  scopes: Array<{ targetType: string; targetId?: string }>;
  /** Delta mode: fields changed after this time, deleted ones included, in update order. */
  since?: number;
  cursor?: { id: string; at: number };
  limit: number;
}

export async function searchPropertyFields(db: DbOrTx, s: FieldSearch): Promise<PropertyFieldRow[]> {
  const conds: SQL[] = [eq(propertyFields.groupId, s.groupId), eq(propertyFields.objectType, s.objectType)];
  const scopes = s.scopes.map((sc) =>
    sc.targetId === undefined ? eq(propertyFields.targetType, sc.targetType) : and(eq(propertyFields.targetType, sc.targetType), eq(propertyFields.targetId, sc.targetId))!,
  );
  if (scopes.length) conds.push(or(...scopes)!);
  const delta = s.since !== undefined && s.since > 0;
  const at = delta ? propertyFields.updateAt : propertyFields.createAt;
  if (delta) conds.push(gt(propertyFields.updateAt, s.since!));
  else conds.push(eq(propertyFields.deleteAt, 0));
  if (s.cursor) {
    const c = s.cursor;
    conds.push(or(gt(at, c.at), and(eq(at, c.at), gt(propertyFields.id, c.id)))!);
  }
  return db
    .select()
    .from(propertyFields)
    .where(and(...conds))
    .orderBy(asc(at), asc(propertyFields.id))
    .limit(s.limit);
}

/** Live fields of the same group, object type and scope carrying `name` (other than `exceptId`). */
export async function countFieldsNamed(db: DbOrTx, f: Pick<PropertyFieldRow, 'groupId' | 'objectType' | 'targetType' | 'targetId' | 'name'>, exceptId = ''): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(propertyFields)
    .where(
      and(
        eq(propertyFields.groupId, f.groupId),
        eq(propertyFields.objectType, f.objectType),
        eq(propertyFields.targetType, f.targetType),
        eq(propertyFields.targetId, f.targetId),
        eq(propertyFields.name, f.name),
        eq(propertyFields.deleteAt, 0),
        sql`${propertyFields.id} <> ${exceptId}`,
      ),
    );
  return row?.n ?? 0;
}

export async function insertPropertyField(db: DbOrTx, row: NewPropertyFieldRow): Promise<PropertyFieldRow> {
  const [saved] = await db.insert(propertyFields).values(row).returning();
  return saved;
}

export async function updatePropertyField(db: DbOrTx, row: PropertyFieldRow): Promise<PropertyFieldRow> {
  const { id, ...rest } = row;
  const [saved] = await db.update(propertyFields).set(rest).where(eq(propertyFields.id, id)).returning();
  return saved;
}

/** Soft-deletes a field and every live value of it. */
export async function deletePropertyField(db: DbOrTx, groupId: string, id: string, now: number): Promise<void> {
  await db
    .update(propertyFields)
    .set({ deleteAt: now, updateAt: now })
    .where(and(eq(propertyFields.id, id), eq(propertyFields.groupId, groupId)));
  await db
    .update(propertyValues)
    .set({ deleteAt: now, updateAt: now })
    .where(and(eq(propertyValues.fieldId, id), eq(propertyValues.groupId, groupId), eq(propertyValues.deleteAt, 0)));
}

export interface ValueSearch {
  groupId: string;
  targetType: string;
  targetId: string;
  since?: number;
  cursor?: { id: string; at: number };
  limit: number;
}

export async function searchPropertyValues(db: DbOrTx, s: ValueSearch): Promise<PropertyValueRow[]> {
  const conds: SQL[] = [eq(propertyValues.groupId, s.groupId), eq(propertyValues.targetType, s.targetType), eq(propertyValues.targetId, s.targetId)];
  const delta = s.since !== undefined && s.since > 0;
  const at = delta ? propertyValues.updateAt : propertyValues.createAt;
  if (delta) conds.push(gt(propertyValues.updateAt, s.since!));
  else conds.push(eq(propertyValues.deleteAt, 0));
  if (s.cursor) {
    const c = s.cursor;
    conds.push(or(gt(at, c.at), and(eq(at, c.at), gt(propertyValues.id, c.id)))!);
  }
  return db
    .select()
    .from(propertyValues)
    .where(and(...conds))
    .orderBy(asc(at), asc(propertyValues.id))
    .limit(s.limit);
}

/** Soft-deletes every live value of a field (its type changed). */
export async function clearPropertyFieldValues(db: DbOrTx, groupId: string, fieldId: string, now: number): Promise<void> {
  await db
    .update(propertyValues)
    .set({ deleteAt: now, updateAt: now })
    .where(and(eq(propertyValues.fieldId, fieldId), eq(propertyValues.groupId, groupId), eq(propertyValues.deleteAt, 0)));
}

export interface ValueWrite {
  id: string;
  groupId: string;
  targetType: string;
  targetId: string;
  fieldId: string;
  value: unknown;
  userId: string;
  now: number;
}

/** Sets one field's value for a target: the live row is updated, or one is inserted (race-free). */
export async function upsertPropertyValue(db: DbOrTx, w: ValueWrite): Promise<PropertyValueRow> {
  const [row] = await db
    .insert(propertyValues)
    .values({
      id: w.id,
      groupId: w.groupId,
      targetType: w.targetType,
      targetId: w.targetId,
      fieldId: w.fieldId,
      value: w.value,
      createAt: w.now,
      updateAt: w.now,
      createdBy: w.userId,
      updatedBy: w.userId,
    })
    .onConflictDoUpdate({
      target: [propertyValues.groupId, propertyValues.targetId, propertyValues.fieldId],
      targetWhere: sql`delete_at = 0`,
      set: { value: w.value, updateAt: w.now, updatedBy: w.userId },
    })
    .returning();
  return row;
}

/** Live values of the given fields, for every target. */
export async function countLiveValuesForFields(db: DbOrTx, groupId: string, fieldIds: string[]): Promise<number> {
  if (fieldIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(propertyValues)
    .where(and(eq(propertyValues.groupId, groupId), inArray(propertyValues.fieldId, fieldIds), eq(propertyValues.deleteAt, 0)));
  return row?.n ?? 0;
}
