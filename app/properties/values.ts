/**
 * Property values through the generic API: read a target's values, and set several fields'
 * values for one target at once (all or nothing, every field checked before any write).
 */
import { getLivePropertyFields, searchPropertyValues, upsertPropertyValue } from '../../db/queries/properties';
import { getPostById } from '../../db/queries/posts';
import type { PropertyGroupRow, PropertyValueRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import type { Session } from '../sessions/types';
import { canSetValues, requireTargetAccess } from './access';
import { publishValuesUpdated } from './events';
import { isLicenceManaged, propertyLicenceError } from './groups';
import { parseListQuery } from './listQuery';
import { MAX_VALUE_PATCH_ITEMS, sanitizeValue } from './model';

export async function listValues(
  server: ServerContext,
  session: Session,
  group: PropertyGroupRow,
  objectType: string,
  targetId: string,
  q: Record<string, unknown>,
): Promise<PropertyValueRow[]> {
  await requireTargetAccess(server, session, objectType, targetId, false);
  const list = parseListQuery(q, 'api.property_value.get.invalid_opts.app_error');
  const values = await searchPropertyValues(server.db, { groupId: group.id, targetType: objectType, targetId, since: list.since, cursor: list.cursor, limit: list.limit });
  if (values.length > 0 && isLicenceManaged(group)) throw propertyLicenceError();
  return values;
}

const patchError = (suffix: string, status = 400, params?: Record<string, unknown>) =>
  new AppError(`api.property_value.patch.${suffix}`, 'The property values could not be set.', status, '', params);

/** The items as sent: [{field_id, value}], checked in Mattermost's order. */
export function readItems(items: unknown[], allowNull = false): Array<{ fieldId: string; value: unknown }> {
  if (items.length === 0) throw patchError('empty_body.app_error');
  if (items.length > MAX_VALUE_PATCH_ITEMS) throw patchError('too_many_items.request_error', 400, { Max: MAX_VALUE_PATCH_ITEMS });
  const seen = new Set<string>();
  return items.map((raw) => {
    const item = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
    const fieldId = item.field_id;
    if (!isValidId(fieldId)) throw patchError('invalid_field_id.app_error');
    if (seen.has(fieldId)) throw patchError('duplicate_field_id.app_error');
    seen.add(fieldId);
    if (!allowNull && (item.value === undefined || item.value === null)) throw Errors.invalidBodyParam('property_values');
    return { fieldId, value: sanitizeValue(item.value) };
  });
}

export async function patchValues(
  server: ServerContext,
  session: Session,
  group: PropertyGroupRow,
  objectType: string,
  targetId: string,
  body: unknown[],
  allowNull = false,
): Promise<PropertyValueRow[]> {
  await requireTargetAccess(server, session, objectType, targetId, true);
  const items = readItems(body, allowNull);
  const fields = await getLivePropertyFields(server.db, group.id, items.map((i) => i.fieldId));
  if (fields.length < items.length) {
    throw new AppError('app.property_field.not_found.app_error', 'A property field was not found.', 404);
  }
  if (isLicenceManaged(group)) throw propertyLicenceError();
  const byId = new Map(fields.map((f) => [f.id, f]));
  for (const item of items) {
    const field = byId.get(item.fieldId)!;
    if (field.objectType !== objectType) {
      throw new AppError('api.property_field.object_type_mismatch.app_error', 'The field does not belong to this object type.', 404);
    }
    if (!(await canSetValues(server, session, field))) throw patchError('no_values_permission.app_error', 403);
  }
  const now = nowMillis();
  const saved = await server.db.transaction(async (tx) => {
    const out: PropertyValueRow[] = [];
    for (const item of items) {
      out.push(await upsertPropertyValue(tx, { id: newId(), groupId: group.id, targetType: objectType, targetId, fieldId: item.fieldId, value: item.value, userId: session.user_id, now }));
    }
    return out;
  });
  const channelId = objectType === 'channel' ? targetId : objectType === 'post' ? (await getPostById(server.db, targetId))?.channelId : undefined;
  publishValuesUpdated(server, objectType, targetId, saved, channelId);
  return saved;
}
