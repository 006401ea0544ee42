/**
 * Custom profile attributes ("User attributes"): user-object fields of the access_control
 * group, built on the property tables. Every field and value operation in that group passes
 * Mattermost's licence hook, which an unlicensed server fails as soon as a row is involved:
 * creating is always refused, a read that finds rows is refused, an empty read answers empty,
 * and an unknown field is a 404 before the licence is consulted.
 */
import { getLivePropertyField, searchPropertyFields, searchPropertyValues } from '../../db/queries/properties';
import type { ServerContext } from '../../server/context';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { requireTargetAccess } from './access';
import { fieldNotFound } from './fields';
import { ACCESS_CONTROL_GROUP, getPropertyGroup, propertyLicenceError } from './groups';
import { validatePatch } from './model';
import { patchValues } from './values';

/** The CPA routes exist only while FeatureFlags.CustomProfileAttributes is on (the default). */
export function requireCpaApi(server: ServerContext): void {
  if (!server.config.get().FeatureFlags.CustomProfileAttributes) throw Errors.notFound();
}

/** AccessControlGroupFieldLimit + 5: every CPA read takes the whole group in one page. */
const CPA_PAGE = 205;

export async function listCpaFields(server: ServerContext): Promise<Array<Record<string, unknown>>> {
  const group = await getPropertyGroup(server, ACCESS_CONTROL_GROUP);
  const fields = await searchPropertyFields(server.db, { groupId: group.id, objectType: 'user', scopes: [], limit: CPA_PAGE });
  if (fields.length > 0) throw propertyLicenceError();
  return [];
}

export async function createCpaField(server: ServerContext, session: Session): Promise<never> {
  requireSystemPermission(server, session, MANAGE_SYSTEM);
  await getPropertyGroup(server, ACCESS_CONTROL_GROUP);
  throw propertyLicenceError();
}

export function requireCpaFieldId(raw: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam('field_id');
  return raw;
}

/** patchCPAField / deleteCPAField: the patch is checked, then the field looked up. */
export async function touchCpaField(server: ServerContext, fieldId: string, patch?: Record<string, unknown>): Promise<never> {
  if (patch) {
    const trimmed = typeof patch.name === 'string' ? { ...patch, name: patch.name.trim() } : patch;
    validatePatch(trimmed);
  }
  const group = await getPropertyGroup(server, ACCESS_CONTROL_GROUP);
  const field = await getLivePropertyField(server.db, group.id, fieldId);
  if (!field) throw fieldNotFound();
  // The licence hook runs inside the lookup, before the handler's object-type check.
  throw propertyLicenceError();
}

/** listCPAValues: {field_id: value} of one user. */
export async function listCpaValues(server: ServerContext, session: Session, userId: string): Promise<Record<string, unknown>> {
  await requireTargetAccess(server, session, 'user', userId, false);
  const group = await getPropertyGroup(server, ACCESS_CONTROL_GROUP);
  const values = await searchPropertyValues(server.db, { groupId: group.id, targetType: 'user', targetId: userId, limit: CPA_PAGE });
  if (values.length > 0) throw propertyLicenceError();
  return {};
}

/** cpaPatchValues: the {field_id: value} map as generic patch items of the user. */
export async function patchCpaValues(server: ServerContext, session: Session, userId: string, updates: Record<string, unknown>): Promise<Record<string, unknown>> {
  const group = await getPropertyGroup(server, ACCESS_CONTROL_GROUP);
  const items = Object.entries(updates).map(([field_id, value]) => ({ field_id, value }));
  const saved = await patchValues(server, session, group, 'user', userId, items, true);
  return Object.fromEntries(saved.map((v) => [v.fieldId, v.value]));
}
