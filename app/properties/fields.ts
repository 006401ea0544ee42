/**
 * Property fields through the generic API (Mattermost's api4/properties.go on PSAv2 groups):
 * create with scope permissions and server-set permission levels, patch with the options-only
 * shortcut, soft delete with the field's values, and scoped listing.
 */
import {
  clearPropertyFieldValues,
  countFieldsNamed,
  deletePropertyField,
  getLivePropertyField,
  insertPropertyField,
  updatePropertyField,
} from '../../db/queries/properties';
import type { PropertyFieldRow, PropertyGroupRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { CREATE_POST, MANAGE_SYSTEM, MANAGE_TEAM } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { canEditField, canManageOptions } from './access';
import { publishFieldDeleted, publishFieldEvent } from './events';
import { isLicenceManaged, propertyLicenceError } from './groups';
import { supportsOptions, validateField, validatePatch, type PermissionLevel } from './model';

const badBody = (name: string) => Errors.invalidBodyParam(name);
const optString = (v: unknown, name: string): string => {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw badBody(name);
  return v;
};
const optLevel = (v: unknown, name: string): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw badBody(name);
  return v;
};

export const fieldNotFound = () => new AppError('app.property.not_found.app_error', 'The property field was not found.', 404);
const objectTypeMismatch = () => new AppError('api.property_field.object_type_mismatch.app_error', 'The field does not belong to this object type.', 404);
const nameConflict = () =>
  new AppError('app.property_field.create.app_error', 'A property field with this name already exists in this scope.', 400, 'name conflict');

async function requireCreateScope(server: ServerContext, session: Session, f: PropertyFieldRow): Promise<void> {
  const isAdmin = hasSystemPermission(server, session, MANAGE_SYSTEM);
  if (f.objectType === 'template' && !isAdmin) throw Errors.permission(MANAGE_SYSTEM);
  const targetRequired = () => new AppError('api.property_field.create.target_id_required.app_error', 'A target_id is required for this target_type.', 400);
  switch (f.targetType) {
    case 'channel':
      if (!f.targetId) throw targetRequired();
      if (!(await hasChannelPermission(server, session, f.targetId, CREATE_POST))) throw Errors.permission(CREATE_POST);
      return;
    case 'team':
      if (!f.targetId) throw targetRequired();
      if (!(await hasTeamPermission(server, session, f.targetId, MANAGE_TEAM))) throw Errors.permission(MANAGE_TEAM);
      return;
    case 'system':
      if (!isAdmin) throw Errors.permission(MANAGE_SYSTEM);
      return;
    default:
      throw new AppError('api.property_field.create.invalid_target_type.app_error', 'Invalid target_type.', 400);
  }
}

/** createPropertyField: the body as sent, the object type from the URL. */
export async function createField(
  server: ServerContext,
  session: Session,
  group: PropertyGroupRow,
  objectType: string,
  body: Record<string, unknown>,
): Promise<PropertyFieldRow> {
  if (body.attrs !== undefined && body.attrs !== null && (typeof body.attrs !== 'object' || Array.isArray(body.attrs))) throw badBody('property_field');
  if (body.protected === true) {
    throw new AppError('api.property_field.create.protected_via_api.app_error', 'Protected fields cannot be created through the API.', 400);
  }
  const now = nowMillis();
  const field: PropertyFieldRow = {
    id: newId(),
    groupId: group.id,
    name: optString(body.name, 'property_field').trim(),
    type: optString(body.type, 'property_field'),
    attrs: (body.attrs as Record<string, unknown> | null | undefined) ?? {},
    targetId: optString(body.target_id, 'property_field'),
    targetType: optString(body.target_type, 'property_field'),
    objectType,
    protected: false,
    permissionField: optLevel(body.permission_field, 'property_field'),
    permissionValues: optLevel(body.permission_values, 'property_field'),
    permissionOptions: optLevel(body.permission_options, 'property_field'),
    linkedFieldId: null,
    createAt: now,
    updateAt: now,
    deleteAt: 0,
    createdBy: session.user_id,
    updatedBy: session.user_id,
  };
  // A system object lives at the system scope whatever the body says.
  if (objectType === 'system') {
    field.targetType = 'system';
    field.targetId = '';
  }
  await requireCreateScope(server, session, field);
  // Permission levels are the server's: members get "member" throughout, admins may choose.
  const isAdmin = hasSystemPermission(server, session, MANAGE_SYSTEM);
  const member: PermissionLevel = 'member';
  for (const key of ['permissionField', 'permissionValues', 'permissionOptions'] as const) {
    if (!isAdmin || field[key] === null) field[key] = member;
  }
  if (isLicenceManaged(group)) throw propertyLicenceError();
  validateField(field);
  const saved = await server.db.transaction(async (tx) => {
    if ((await countFieldsNamed(tx, field)) > 0) throw nameConflict();
    return insertPropertyField(tx, field);
  });
  publishFieldEvent(server, 'created', saved);
  return saved;
}

/** GetPropertyField as the API reaches it: the live field of the group, checked for the object type. */
export async function loadField(server: ServerContext, group: PropertyGroupRow, fieldId: string, objectType: string): Promise<PropertyFieldRow> {
  const field = await getLivePropertyField(server.db, group.id, fieldId);
  if (!field) throw fieldNotFound();
  if (isLicenceManaged(group)) throw propertyLicenceError();
  if (field.objectType === '') {
    throw new AppError('api.property_field.patch.legacy_field.app_error', 'This API only manages object-typed (PSAv2) fields.', 400);
  }
  if (field.objectType !== objectType) throw objectTypeMismatch();
  return field;
}

/** The patch touches attrs.options and nothing else. */
function isOptionsOnly(patch: Record<string, unknown>): boolean {
  if (patch.name != null || patch.type != null) return false;
  const attrs = patch.attrs;
  if (!attrs || typeof attrs !== 'object') return false;
  const keys = Object.keys(attrs);
  return keys.length === 1 && keys[0] === 'options';
}

export async function patchField(
  server: ServerContext,
  session: Session,
  group: PropertyGroupRow,
  objectType: string,
  fieldId: string,
  patch: Record<string, unknown>,
): Promise<PropertyFieldRow> {
  if (typeof patch.name === 'string') patch = { ...patch, name: patch.name.trim() };
  validatePatch(patch);
  if (patch.linked_field_id !== undefined && patch.linked_field_id !== null && typeof patch.linked_field_id !== 'string') throw badBody('property_field_patch');
  const field = await loadField(server, group, fieldId, objectType);
  if (field.protected) {
    throw new AppError('api.property_field.update.protected_via_api.app_error', 'Protected fields cannot be changed through the API.', 403);
  }
  if (typeof patch.linked_field_id === 'string' && patch.linked_field_id !== '') {
    throw new AppError('api.property_field.patch.cannot_link_existing.app_error', 'A field can only be linked when it is created.', 400, 'linked_field_id can only be set at creation time');
  }
  const optionsOnly = isOptionsOnly(patch) && supportsOptions(field.type);
  if (optionsOnly) {
    if (!(await canManageOptions(server, session, field))) {
      throw new AppError('api.property_field.update.no_options_permission.app_error', 'You cannot manage the options of this field.', 403);
    }
  } else if (!(await canEditField(server, session, field))) {
    throw new AppError('api.property_field.update.no_field_permission.app_error', 'You cannot edit this field.', 403);
  }
  const next: PropertyFieldRow = { ...field, updateAt: Math.max(nowMillis(), field.updateAt + 1), updatedBy: session.user_id };
  if (typeof patch.name === 'string') next.name = patch.name;
  if (typeof patch.type === 'string') next.type = patch.type;
  if (patch.attrs && typeof patch.attrs === 'object') next.attrs = { ...field.attrs, ...(patch.attrs as Record<string, unknown>) };
  validateField(next);
  const typeChanged = next.type !== field.type;
  const saved = await server.db.transaction(async (tx) => {
    if (next.name !== field.name && (await countFieldsNamed(tx, next, next.id)) > 0) throw nameConflict();
    if (typeChanged) await clearPropertyFieldValues(tx, group.id, field.id, next.updateAt);
    return updatePropertyField(tx, next);
  });
  publishFieldEvent(server, 'updated', saved);
  return saved;
}

export async function deleteField(server: ServerContext, session: Session, group: PropertyGroupRow, objectType: string, fieldId: string): Promise<void> {
  const field = await loadField(server, group, fieldId, objectType);
  if (field.protected) {
    throw new AppError('api.property_field.delete.protected_via_api.app_error', 'Protected fields cannot be deleted through the API.', 403);
  }
  if (!(await canEditField(server, session, field))) {
    throw new AppError('api.property_field.delete.no_permission.app_error', 'You cannot delete this field.', 403);
  }
  await server.db.transaction((tx) => deletePropertyField(tx, group.id, field.id, nowMillis()));
  publishFieldDeleted(server, field);
}

